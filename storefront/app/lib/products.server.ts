/**
 * Products as the storefront shows them, read from the backend on each request (nothing is kept
 * between requests): by id (a page's cards, a cart's lines) from the backend's product cards
 * (GET /store/ocop/product-cards: a bounded number of SQL statements at any catalogue size, where
 * Medusa's /store/products?id=… reads every product id of the sales channel first) with the OCOP
 * listing's certificates (a product's own page reads product-page.server.ts).
 */
import type { Lang } from "../i18n"
import { errorStatus, requireVietnamRegionId, sdk } from "./medusa.server"
import { normalizeOcop, summarizeProduct, type OcopInfo, type ProductSummary, type RawProduct } from "./products"

/** Ids per request: the OCOP listing's largest page. */
const PAGE = 100

/**
 * Certificates of a few products, read from the OCOP listing (one SQL statement on the backend);
 * null when the OCOP routes are absent.
 */
async function certificatesOf(query: Record<string, string | number>) {
  try {
    const page = await sdk.client.fetch<{ products: RawProduct[] }>("/store/ocop/products", { query })
    return page.products.flatMap((p) => {
      const ocop = normalizeOcop(p.ocop)
      return ocop ? [{ id: p.id, ocop }] : []
    })
  } catch (error) {
    if (errorStatus(error) === 404) return null
    throw error
  }
}

/** The certificates of some products (stars, producer), read in pages the OCOP route allows. */
async function certificatesById(ids: string[]) {
  const found = new Map<string, OcopInfo | null>()
  for (let start = 0; start < ids.length; start += PAGE) {
    const chunk = ids.slice(start, start + PAGE)
    for (const { id, ocop } of (await certificatesOf({ id: chunk.join(","), limit: chunk.length })) ?? [])
      found.set(id, ocop)
  }
  return found
}

/**
 * Current product data for a few products (cart and checkout checks, listing and search results,
 * campaign, event and order pages), by id: prices and stock fresh from the backend; `ocop` gives
 * their certificates where the caller has them, otherwise they are read here so that every card
 * shows its stars and producer. A bounded number of requests, in pages of PAGE ids.
 */
export async function getProductsById(ids: string[], ocop?: Map<string, OcopInfo | null>) {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map<string, ProductSummary>()
  const regionId = await requireVietnamRegionId()
  const chunks: string[][] = []
  for (let start = 0; start < unique.length; start += PAGE) chunks.push(unique.slice(start, start + PAGE))
  const [pages, certificates] = await Promise.all([
    Promise.all(
      chunks.map((chunk) =>
        sdk.client.fetch<{ products: RawProduct[] }>("/store/ocop/product-cards", {
          query: { id: chunk.join(","), region_id: regionId, country_code: "vn" },
        }),
      ),
    ),
    ocop ?? certificatesById(unique),
  ])
  return new Map(
    pages
      .flatMap(({ products }) => products)
      .map((raw) => [raw.id, summarizeProduct(raw, certificates.has(raw.id) ? certificates.get(raw.id) : undefined)]),
  )
}

/** A product's English names as a lookup finds them (null where the catalogue has none). */
export type EnglishNames = { titleEn: string | null; variants: { id: string; titleEn: string | null }[] }

/**
 * Names of products and their variants in the page's language, for records that keep the names
 * they were written with or name products by id (orders, quotes, returns, lots, bulk order
 * reports): on English pages the English names the catalogue holds now, else (or on Vietnamese
 * pages) the recorded ones. One request for a page of records, read from the shop's listing; a
 * product the shop does not list (a cooperative's draft) is looked up by `unlisted` where the
 * reader may see it (the seller portal reads its own products). None on Vietnamese pages.
 */
export async function namesIn(
  lang: Lang,
  productIds: (string | null | undefined)[],
  unlisted?: (ids: string[]) => Promise<Map<string, EnglishNames>>,
) {
  const ids = [...new Set(productIds.filter((id): id is string => Boolean(id)))]
  const current = new Map<string, EnglishNames>()
  if (lang === "en" && ids.length) {
    const listed = await getProductsById(ids, new Map()).catch(() => new Map<string, ProductSummary>())
    for (const [id, product] of listed) current.set(id, product)
    const missing = ids.filter((id) => !current.has(id))
    if (unlisted && missing.length)
      for (const [id, product] of await unlisted(missing).catch(() => new Map<string, EnglishNames>()))
        current.set(id, product)
  }
  return {
    product: <T extends string | null>(productId: string | null | undefined, recorded: T): string | T =>
      (productId ? current.get(productId)?.titleEn : null) || recorded,
    variant: <T extends string | null>(
      productId: string | null | undefined,
      variantId: string | null | undefined,
      recorded: T,
    ): string | T =>
      (productId ? current.get(productId)?.variants.find((variant) => variant.id === variantId)?.titleEn : null) ||
      recorded,
  }
}
