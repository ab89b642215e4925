import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/product"
import { AskProducer } from "../components/Messages"
import { ProductGrid } from "../components/ProductCard"
import { ProductStoryView } from "../components/ProductStory"
import { ProductReviews, RatingLine } from "../components/Reviews"
import { WholesaleTiers } from "../components/WholesaleTiers"
import { TourismBooking, type BookableSlot } from "../components/TourismBooking"
import { CertificateEnded } from "../components/CertificateStanding"
import {
  Breadcrumbs,
  FieldError,
  Money,
  Notice,
  ProductImage,
  QuantityField,
  Stars,
  StockBadge,
} from "../components/ui"
import { formatDate, langFromPath, localePath, translate, useT } from "../i18n"
import { findProvince, findSubgroup, productGroupByHandle, productGroupLabel, provinceName } from "@ocop/reference"
import { addItem } from "../lib/cart.server"
import type { ProductCertificate } from "../lib/certificates.server"
import { wholesaleTermsForCustomer } from "../lib/distributor.server"
import { cacheHeaders, privateNoStore, publicCache, publicOrigin } from "../lib/http.server"
import { fetchProductPage } from "../lib/product-page.server"
import { localizedTitle, toCard, type ProductSummary } from "../lib/products"
import { reviewsJsonLd, type ReviewsSection } from "../lib/reviews"
import { buildSeo, seoMeta } from "../lib/seo"
import { commitSession, getSession } from "../lib/session.server"
import { safeUrl } from "../lib/safe-url"
import { productSlots } from "../lib/tourism.server"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

function productJsonLd(
  product: ProductSummary,
  url: string,
  title: string,
  description: string | null,
  lang: "vi" | "en",
  reviews: ReviewsSection,
) {
  const prices = product.variants.map((v) => v.price).filter((p): p is number => p != null)
  const availability = product.stock === "out_of_stock" ? "https://schema.org/OutOfStock" : "https://schema.org/InStock"
  const offers =
    prices.length > 1
      ? {
          "@type": "AggregateOffer",
          priceCurrency: "VND",
          lowPrice: Math.min(...prices),
          highPrice: Math.max(...prices),
          offerCount: prices.length,
          availability,
          url,
        }
      : prices.length
        ? { "@type": "Offer", priceCurrency: "VND", price: prices[0], availability, url }
        : undefined
  const producer = product.producer
    ? {
        "@type": "Organization",
        name: product.producer.name,
        ...(product.province
          ? { address: { "@type": "PostalAddress", addressRegion: product.province, addressCountry: "VN" } }
          : {}),
      }
    : undefined
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: title,
    description: description ?? undefined,
    image: product.images.length
      ? product.images.map((i) => i.url)
      : product.thumbnail
        ? [product.thumbnail]
        : undefined,
    sku: product.variants[0]?.sku ?? undefined,
    url,
    inLanguage: lang,
    countryOfOrigin: { "@type": "Country", name: "VN" },
    brand: producer ? { "@type": "Brand", name: producer.name } : undefined,
    manufacturer: producer,
    category: productGroupByHandle(product.groupHandle)?.[lang === "en" ? "label_en" : "label_vi"],
    award: product.ocop
      ? `OCOP ${product.ocop.stars}★${product.ocop.decisionNumber ? ` (${product.ocop.decisionNumber})` : ""}`
      : undefined,
    offers,
    // Only with reviews: an aggregate of none is refused by search engines.
    ...reviewsJsonLd(reviews, translate(lang, "reviews.verified_buyer")),
  }
}

/**
 * A product that left the OCOP channel because its certificate was revoked or expired: a page that
 * says so (410 Gone, not indexed), for the buyer who follows an old link or a shared one.
 */
function endedPage(
  request: Request,
  url: URL,
  lang: "vi" | "en",
  ended: ProductCertificate,
  cache: Record<string, string>,
) {
  const title = (lang === "en" ? ended.product.titleEn : null) ?? ended.product.title
  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: `${title} — ${translate(lang, "site.name")}`,
    description: translate(lang, "cert.not_sold_as_ocop"),
    noindex: true,
  })
  return data(
    { kind: "ended" as const, seo, ended: { ...ended, product: { ...ended.product, title } } },
    { status: 410, headers: cache },
  )
}

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  // One backend call for everything the page shows (a signed-in distributor's own wholesale terms besides).
  const answer = await fetchProductPage(params.handle)
  if (!answer) throw data(null, { status: 404 })
  // The backend's caching of the same answer (public, bounded age) carries over to the page.
  const cache = answer.cacheControl?.startsWith("public") ? { "Cache-Control": answer.cacheControl } : publicCache
  if (answer.kind === "ended") return endedPage(request, url, lang, answer.ended, cache)
  const { product, certificate, related, story, lots, reviews } = answer.page
  // No valid certificate shown: say plainly whether the last one was revoked or expired.
  const endedCertificate = !product.ocop && certificate && !certificate.valid ? certificate : null
  const title = localizedTitle(product, lang)
  const description = (lang === "en" ? product.descriptionEn : null) ?? product.description
  const [wholesale, slots] = await Promise.all([
    wholesaleTermsForCustomer((await getSession(request)).get("token"), product.id),
    product.isService ? productSlots(product.id) : [],
  ])
  // A service is booked for a dated slot of one of its variants (price and name of that variant).
  const bookable: BookableSlot[] = slots.map((slot) => {
    const variant = product.variants.find((v) => v.id === slot.variant_id)
    return {
      id: slot.id,
      startsAt: slot.starts_at,
      variantTitle: variant ? (lang === "en" && variant.titleEn ? variant.titleEn : variant.title) : null,
      price: variant?.price ?? null,
      currency: variant?.currency ?? "vnd",
      left: slot.left,
      closed: slot.closed,
      open: slot.open && Boolean(variant),
    }
  })
  const origin = publicOrigin(request)
  const canonicalUrl = origin + url.pathname
  const group = productGroupByHandle(product.groupHandle)
  const province = findProvince(product.province)
  const seo = buildSeo(origin, url.pathname, {
    title: `${title}${product.ocop ? ` — OCOP ${product.ocop.stars}★` : ""} — ${translate(lang, "site.name")}`,
    description:
      description ??
      translate(lang, "product.meta_fallback", {
        title,
        producer: product.producer?.name ?? "",
        province: product.province ?? "",
      }),
    image: product.thumbnail,
    jsonLd: productJsonLd(product, canonicalUrl, title, description, lang, reviews),
  })
  return data(
    {
      kind: "product" as const,
      seo,
      endedCertificate,
      product: {
        id: product.id,
        handle: product.handle,
        title,
        // The other language's name, shown small for export buyers and tourists.
        altTitle: lang === "en" ? product.title : product.titleEn,
        description,
        images: product.images.length
          ? product.images
          : product.thumbnail
            ? [{ url: product.thumbnail, srcSet: null, width: null, height: null }]
            : [],
        variants: product.variants.map((v) => ({ ...v, title: lang === "en" && v.titleEn ? v.titleEn : v.title })),
        stock: product.stock,
        ocop: product.ocop,
        producer: product.producer,
        province: province
          ? { slug: province.slug, name: provinceName(province, lang) }
          : product.province
            ? { slug: null, name: product.province }
            : null,
        group: group ? { handle: group.handle, name: productGroupLabel(group, lang) } : null,
        // An official subgroup (Decision 148) in the page's language; other text as written.
        subgroup: product.subgroup
          ? productGroupLabel(
              findSubgroup(product.subgroup) ?? { label_vi: product.subgroup, label_en: product.subgroup },
              lang,
            )
          : null,
        isService: product.isService,
      },
      story,
      lots,
      reviews,
      related: related.map((p) => toCard(p, lang)),
      slots: bookable,
      returnTo: url.pathname,
      wholesale,
    },
    // A distributor's page carries its wholesale prices: never cached for others
    { headers: wholesale ? privateNoStore : cache },
  )
}

export async function action({ request, params, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const form = await request.formData()
  const session = await getSession(request)
  // A service is booked for a slot: the slot names its variant (the backend checks both again).
  const slotId = form.get("slot_id")
  const productId = form.get("product_id")
  const slot =
    form.has("slot_id") || form.get("booking") === "1"
      ? typeof slotId === "string" && typeof productId === "string"
        ? ((await productSlots(productId).catch(() => [])).find((s) => s.id === slotId) ?? null)
        : null
      : undefined
  const variantId = slot ? slot.variant_id : form.get("variant_id")
  const result =
    slot === null
      ? ({ ok: false, error: { field: "slot", key: "tourism.error.slot_required" } } as const)
      : await addItem(session, {
          productId,
          variantId,
          quantity: form.get("quantity"),
          expectedPrice: !slot && typeof variantId === "string" ? form.get(`price_${variantId}`) : null,
          slotId: slot?.id ?? null,
        })
  if (!result.ok) {
    return data(
      {
        error: result.error,
        quantity: String(form.get("quantity") ?? "1"),
        variantId: typeof variantId === "string" ? variantId : null,
        slotId: typeof slotId === "string" ? slotId : null,
      },
      {
        status: result.error.field === "price" ? 409 : 400,
        headers: { ...privateNoStore, "Set-Cookie": await commitSession(request, session) },
      },
    )
  }
  session.flash("flash", { kind: "success", key: "cart.added", params: { count: session.get("cartCount") ?? 0 } })
  // Post/redirect/get: a reload does not add the product twice.
  // Encoded: a Location header is ASCII only, and handles made in the admin may keep diacritics.
  return redirect(localePath(lang, `/products/${encodeURIComponent(params.handle)}`), {
    headers: { "Set-Cookie": await commitSession(request, session) },
  })
}

function EndedProduct({ ended }: { ended: ProductCertificate }) {
  const { t, href } = useT()
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), to: href("/") }, { label: ended.product.title }]} />
      <article className="product-page ended">
        <div className="summary">
          <h1>{ended.product.title}</h1>
          <p>{t("product.not_sold")}</p>
          <section className="certificate invalid" aria-labelledby="cert-heading">
            <h2 id="cert-heading">{t("product.certificate")}</h2>
            <CertificateEnded certificate={ended.certificate} />
            <dl className="facts">
              {ended.certificate.authority ? (
                <>
                  <dt>{t("cert.authority")}</dt>
                  <dd>{ended.certificate.authority}</dd>
                </>
              ) : null}
              <dt>{t("cert.decision")}</dt>
              <dd>{ended.certificate.decisionNumber}</dd>
            </dl>
            <p>
              <Link
                to={`${href("/ocop/verify")}?decision_number=${encodeURIComponent(ended.certificate.decisionNumber)}`}
              >
                {t("cert.verify_link")}
              </Link>
            </p>
          </section>
        </div>
      </article>
    </>
  )
}

export default function Product(props: Route.ComponentProps) {
  if (props.loaderData.kind === "ended") return <EndedProduct ended={props.loaderData.ended} />
  return <OnSaleProduct {...props} />
}

function OnSaleProduct({ loaderData: data, actionData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const navigation = useNavigation()
  if (data.kind !== "product") return null
  const loaderData = data
  const { product, related } = loaderData
  const error = actionData?.error
  const busy = navigation.state === "submitting" && navigation.formAction?.endsWith(`/products/${product.handle}`)
  const firstBuyable = product.variants.find((v) => v.stock !== "out_of_stock") ?? product.variants[0]
  const selected = actionData?.variantId ?? firstBuyable?.id
  const [main, ...more] = product.images

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), to: href("/") },
          ...(product.group ? [{ label: product.group.name, to: href(`/categories/${product.group.handle}`) }] : []),
          { label: product.title },
        ]}
      />
      <article className="product-page">
        <div className="gallery">
          <ProductImage
            image={main ?? null}
            alt={product.title}
            sizes="(min-width: 48rem) 50vw, 100vw"
            eager
            width={800}
            height={800}
          />
          {more.length ? (
            <ul className="thumbs" aria-label={t("product.more_images")}>
              {more.map((image, i) => (
                <li key={image.url}>
                  <a href={safeUrl(image.url)}>
                    <ProductImage
                      image={image}
                      alt={t("product.image_n", { n: i + 2, title: product.title })}
                      sizes="25vw"
                      width={160}
                      height={160}
                    />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>

        <div className="summary">
          <h1>{product.title}</h1>
          {product.altTitle ? (
            <p className="alt-title" lang={lang === "en" ? "vi" : "en"}>
              {product.altTitle}
            </p>
          ) : null}
          {product.ocop ? <Stars stars={product.ocop.stars} /> : null}
          {loaderData.reviews.summary.count ? (
            <p>
              <a href="#reviews-heading">
                <RatingLine rating={loaderData.reviews.summary} />
              </a>
            </p>
          ) : null}
          <dl className="facts">
            {product.producer ? (
              <>
                <dt>{t("product.producer")}</dt>
                <dd>
                  <Link to={href(`/producers/${product.producer.key}`)}>{product.producer.name}</Link>
                </dd>
              </>
            ) : null}
            {product.province ? (
              <>
                <dt>{t("product.province")}</dt>
                <dd>
                  {product.province.slug ? (
                    <Link to={href(`/provinces/${product.province.slug}`)}>{product.province.name}</Link>
                  ) : (
                    product.province.name
                  )}
                </dd>
              </>
            ) : null}
            {product.group ? (
              <>
                <dt>{t("product.group")}</dt>
                <dd>
                  <Link to={href(`/categories/${product.group.handle}`)}>{product.group.name}</Link>
                  {product.subgroup ? ` · ${product.subgroup}` : ""}
                </dd>
              </>
            ) : null}
          </dl>

          {product.isService ? (
            <TourismBooking
              productId={product.id}
              slots={loaderData.slots}
              selected={actionData?.slotId ?? null}
              quantity={actionData?.quantity ?? "1"}
              error={error}
              busy={Boolean(busy)}
            />
          ) : (
            <Form method="post" className="buy-form" id="buy" preventScrollReset noValidate>
              <input type="hidden" name="product_id" value={product.id} />
              {product.variants.map((v) => (
                <input key={v.id} type="hidden" name={`price_${v.id}`} value={v.price ?? ""} />
              ))}
              <fieldset className="variants">
                <legend>{t("product.variant")}</legend>
                {product.variants.map((v) => (
                  <label key={v.id} className={v.stock === "out_of_stock" ? "variant disabled" : "variant"}>
                    <input
                      type="radio"
                      name="variant_id"
                      value={v.id}
                      defaultChecked={v.id === selected}
                      disabled={v.stock === "out_of_stock"}
                    />
                    <span className="variant-title">{v.title}</span>
                    <span className="variant-price">
                      <Money amount={v.price} currency={v.currency} />
                    </span>
                    {v.originalPrice && v.price && v.originalPrice > v.price ? (
                      <s className="was">
                        <Money amount={v.originalPrice} currency={v.currency} />
                      </s>
                    ) : null}
                    <StockBadge stock={v.stock} available={v.available} />
                  </label>
                ))}
              </fieldset>
              {error?.field === "variant" ? (
                <FieldError id="variant-error" error={error.key} params={error.params} />
              ) : null}
              {error?.field === "price" ? (
                <Notice kind="error">
                  {t("error.price.changed_to")} <Money amount={Number(error.params?.price ?? 0)} />
                </Notice>
              ) : null}
              {product.stock !== "out_of_stock" ? (
                <div className="buy-row">
                  <QuantityField
                    label={t("product.quantity")}
                    defaultValue={actionData?.quantity ?? "1"}
                    error={error?.field === "quantity" ? error : null}
                  />
                  <button type="submit" className="button primary" disabled={busy}>
                    {busy ? t("cart.adding") : t("cart.add")}
                  </button>
                </div>
              ) : (
                <p className="stock out">{t("product.sold_out")}</p>
              )}
            </Form>
          )}
          <p className="cod-note">{t("product.cod_note")}</p>
          <p className="quote-link">
            <Link to={`${href("/account/quotes")}?product=${encodeURIComponent(product.handle)}`}>
              {t("quotes.ask_for_price")}
            </Link>
          </p>
          {product.isService ? <p className="service-note">{t("category.service_note")}</p> : null}

          <section className="certificate" aria-labelledby="cert-heading">
            <h2 id="cert-heading">{t("product.certificate")}</h2>
            {product.ocop ? (
              <>
                <p>
                  <Stars stars={product.ocop.stars} />
                </p>
                <dl className="facts">
                  {product.ocop.authority ? (
                    <>
                      <dt>{t("cert.authority")}</dt>
                      <dd>{product.ocop.authority}</dd>
                    </>
                  ) : null}
                  {product.ocop.decisionNumber ? (
                    <>
                      <dt>{t("cert.decision")}</dt>
                      <dd>{product.ocop.decisionNumber}</dd>
                    </>
                  ) : null}
                  {product.ocop.issuedAt ? (
                    <>
                      <dt>{t("cert.issued")}</dt>
                      <dd>{formatDate(product.ocop.issuedAt, lang)}</dd>
                    </>
                  ) : null}
                  {product.ocop.validUntil ? (
                    <>
                      <dt>{t("cert.valid_until")}</dt>
                      <dd>{formatDate(product.ocop.validUntil, lang)}</dd>
                    </>
                  ) : null}
                </dl>
                {product.ocop.decisionNumber ? (
                  <p>
                    <Link
                      to={`${href("/ocop/verify")}?${new URLSearchParams({
                        decision_number: product.ocop.decisionNumber,
                        // A decision number is unique only within its issuer: name it.
                        ...(product.ocop.authority ? { issuer: product.ocop.authority } : {}),
                      })}`}
                    >
                      {t("cert.verify_link")}
                    </Link>
                  </p>
                ) : null}
              </>
            ) : loaderData.endedCertificate ? (
              <CertificateEnded certificate={loaderData.endedCertificate} />
            ) : (
              <p>{t("cert.none")}</p>
            )}
            <p className="small">
              <Link to={href("/ocop")}>{t("home.what_stars")}</Link>
            </p>
          </section>
        </div>
      </article>

      {product.description ? (
        <section className="description" aria-labelledby="desc-heading">
          <h2 id="desc-heading">{t("product.description")}</h2>
          {product.description.split(/\n{2,}/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      ) : null}

      {loaderData.lots.latest.length ? (
        <section className="lots" aria-labelledby="lots-heading">
          <h2 id="lots-heading">{t("product.lots")}</h2>
          <p>{t("product.lots_count", { count: loaderData.lots.count })}</p>
          <ul>
            {loaderData.lots.latest.map((lot) => (
              <li key={`${lot.gtin14}/${lot.lotCode}`}>
                <Link to={href(`/01/${lot.gtin14}/10/${encodeURIComponent(lot.lotCode)}`)}>
                  {t("product.lot_item", { lot: lot.lotCode, date: formatDate(lot.productionDate, lang) })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {loaderData.wholesale ? (
        <WholesaleTiers
          terms={loaderData.wholesale}
          variantTitles={Object.fromEntries(product.variants.map((v) => [v.id, v.title]))}
        />
      ) : null}
      {loaderData.story ? <ProductStoryView story={loaderData.story} /> : null}
      <ProductReviews section={loaderData.reviews} allHref={href(`/products/${product.handle}/reviews`)} />

      {product.producer ? (
        <AskProducer productId={product.id} title={product.title} returnTo={loaderData.returnTo} />
      ) : null}

      {related.length ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t("product.related")}</h2>
          <ProductGrid cards={related} returnTo={loaderData.returnTo} label={t("product.related")} />
        </section>
      ) : null}
    </>
  )
}
