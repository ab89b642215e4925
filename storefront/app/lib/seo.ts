import { langFromPath, localePath, stripLang, translate, type Lang, type MessageKey } from "../i18n"

export type Seo = {
  title: string
  description: string
  canonical: string
  alternates: { vi: string; en: string }
  noindex?: boolean
  image?: string | null
  jsonLd?: unknown
}

/** Builds the SEO block in a loader (it knows the public origin); `meta` renders it. */
export function buildSeo(
  origin: string,
  pathname: string,
  input: {
    title: string
    description: string
    search?: string
    noindex?: boolean
    image?: string | null
    jsonLd?: unknown
  },
): Seo {
  const path = stripLang(pathname)
  const search = input.search ?? ""
  return {
    title: input.title,
    description: input.description.replace(/\s+/g, " ").trim().slice(0, 160),
    canonical: origin + pathname + search,
    alternates: { vi: origin + localePath("vi", path) + search, en: origin + localePath("en", path) + search },
    noindex: input.noindex,
    image: input.image,
    jsonLd: input.jsonLd,
  }
}

/** The meta descriptors for a page: title, description, canonical, hreflang, Open Graph, JSON-LD. */
export function seoMeta(seo: Seo | undefined, lang: Lang) {
  if (!seo) return []
  const tags: Record<string, unknown>[] = [
    { title: seo.title },
    { name: "description", content: seo.description },
    { tagName: "link", rel: "canonical", href: seo.canonical },
    { tagName: "link", rel: "alternate", hrefLang: "vi", href: seo.alternates.vi },
    { tagName: "link", rel: "alternate", hrefLang: "en", href: seo.alternates.en },
    { tagName: "link", rel: "alternate", hrefLang: "x-default", href: seo.alternates.vi },
    { property: "og:title", content: seo.title },
    { property: "og:description", content: seo.description },
    { property: "og:url", content: seo.canonical },
    { property: "og:locale", content: lang === "en" ? "en_US" : "vi_VN" },
  ]
  if (seo.image) tags.push({ property: "og:image", content: seo.image })
  if (seo.noindex) tags.push({ name: "robots", content: "noindex" })
  if (seo.jsonLd) tags.push({ "script:ld+json": seo.jsonLd })
  return tags
}

/**
 * The meta of a private page (account, seller portal, checkout, an order): its title in the
 * page's language after the site's name, and never indexed.
 */
export function privatePageMeta(titleKey: MessageKey) {
  return ({ location }: { location: { pathname: string } }) => {
    const lang = langFromPath(location.pathname)
    return [
      { title: `${translate(lang, titleKey)} — ${translate(lang, "site.name")}` },
      { name: "robots", content: "noindex" },
    ]
  }
}
