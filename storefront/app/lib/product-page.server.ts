/**
 * A product's page from one backend call: GET /store/ocop/products/:handle/page (plugin-promotion)
 * answers with everything the page shows. Read with `fetch` rather than the SDK, whose client keeps
 * neither the answer's Cache-Control, nor its ETag, nor the body of a 410.
 *
 * An HTTP cache that revalidates every time, with a bounded age: the last answers are kept with
 * their ETag and each request sends it (If-None-Match); the backend answers 304 from the page's
 * version without computing prices and taxes again, and any change of the product, a price, the
 * stock or a certificate gives a new version (200). So every storefront process shows the same
 * page, and a kept answer is never older than MAX_AGE_MS.
 */
import { toCertificate, type Certificate, type ProductCertificate } from "./certificates.server"
import { BACKEND_URL, PUBLISHABLE_KEY, requireVietnamRegionId } from "./medusa.server"
import { normalizeOcop, summarizeProduct, type ProductSummary, type RawProduct } from "./products"
import { reviewsSection, type ReviewsSection } from "./reviews"
import type { ProductStory } from "./stories.server"

/** A recorded lot of the product, with what its trace page (GS1 Digital Link) needs. */
export type LotSummary = {
  gtin14: string
  lotCode: string
  productionDate: string
  expiryDate: string | null
}

export type ProductPageData = {
  product: ProductSummary
  /** The certificate that speaks for the product now (the valid one, else the latest), or none. */
  certificate: Certificate | null
  related: ProductSummary[]
  story: ProductStory | null
  lots: { count: number; latest: LotSummary[] }
  reviews: ReviewsSection
}

export type ProductPageAnswer =
  | { kind: "product"; page: ProductPageData; cacheControl: string | null }
  | { kind: "ended"; ended: ProductCertificate; cacheControl: string | null }
  | null

type Body = Record<string, any>

/** How many answers are kept, and for how long at most. */
const MAX_ENTRIES = 500
const MAX_AGE_MS = 5 * 60_000
type Kept = { etag: string; answer: NonNullable<ProductPageAnswer>; at: number }
const kept = new Map<string, Kept>()

function keep(url: string, etag: string | null, answer: ProductPageAnswer) {
  kept.delete(url)
  if (!etag || !answer) return
  kept.set(url, { etag, answer, at: Date.now() })
  // A Map iterates in insertion order: the first entries are the least recently kept.
  for (const oldest of kept.keys()) {
    if (kept.size <= MAX_ENTRIES) break
    kept.delete(oldest)
  }
}

/** The product page's data for a handle; null when no such product is on sale (404). */
export async function fetchProductPage(handle: string): Promise<ProductPageAnswer> {
  const query = new URLSearchParams({ region_id: await requireVietnamRegionId(), country_code: "vn" })
  const url = `${BACKEND_URL.replace(/\/$/, "")}/store/ocop/products/${encodeURIComponent(handle)}/page?${query}`
  const previous = kept.get(url)
  const fresh = previous && Date.now() - previous.at < MAX_AGE_MS ? previous : undefined
  const response = await fetch(url, {
    headers: {
      accept: "application/json",
      ...(PUBLISHABLE_KEY ? { "x-publishable-api-key": PUBLISHABLE_KEY } : {}),
      ...(fresh ? { "if-none-match": fresh.etag } : {}),
    },
  })
  const cacheControl = response.headers.get("cache-control")
  if (response.status === 304 && fresh) {
    await response.arrayBuffer()
    keep(url, fresh.etag, fresh.answer)
    return { ...fresh.answer, cacheControl }
  }
  const answer = await readAnswer(url, response, cacheControl)
  keep(url, response.headers.get("etag"), answer)
  return answer
}

async function readAnswer(url: string, response: Response, cacheControl: string | null): Promise<ProductPageAnswer> {
  if (response.status === 404) return null
  if (response.status !== 200 && response.status !== 410) {
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    throw new Error(`GET ${url}: ${response.status} ${body.message ?? response.statusText}`)
  }
  const body = (await response.json()) as Body
  if (response.status === 410) {
    return {
      kind: "ended",
      ended: {
        product: {
          id: body.product.id,
          title: body.product.title,
          titleEn: body.product.title_en ?? null,
          handle: body.product.handle,
          thumbnail: body.product.thumbnail ?? null,
        },
        certificate: toCertificate(body.certificate, body.certificate.decision_number),
      },
      cacheControl,
    }
  }
  return {
    kind: "product",
    page: {
      product: summarizeProduct(body.product as RawProduct, normalizeOcop(body.ocop)),
      certificate: body.certificate ? toCertificate(body.certificate, body.certificate.decision_number) : null,
      related: (body.related as RawProduct[]).map((raw) => summarizeProduct(raw, normalizeOcop(raw.ocop))),
      reviews: reviewsSection(body.reviews),
      story: (body.story as ProductStory | null) ?? null,
      lots: {
        count: Number(body.lots?.count ?? 0),
        latest: ((body.lots?.latest ?? []) as Body[]).map((lot) => ({
          gtin14: lot.gtin14,
          lotCode: lot.lot_code,
          productionDate: lot.production_date,
          expiryDate: lot.expiry_date ?? null,
        })),
      },
    },
    cacheControl,
  }
}
