/**
 * A product's page from one backend call: GET /store/ocop/products/:handle/page (plugin-promotion)
 * answers with everything the page shows. Read with `fetch` rather than the SDK, whose client keeps
 * neither the answer's Cache-Control nor the body of a 410. Nothing is kept between requests.
 */
import { toCertificate, type Certificate, type ProductCertificate } from "./certificates.server"
import { BACKEND_URL, PUBLISHABLE_KEY, requireVietnamRegionId } from "./medusa.server"
import { normalizeOcop, summarizeProduct, type ProductSummary, type RawProduct } from "./products"
import { ratingView, reviewsSection, type ReviewsSection } from "./reviews"
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

/** The product page's data for a handle; null when no such product is on sale (404). */
export async function fetchProductPage(handle: string): Promise<ProductPageAnswer> {
  const query = new URLSearchParams({ region_id: await requireVietnamRegionId(), country_code: "vn" })
  const url = `${BACKEND_URL.replace(/\/$/, "")}/store/ocop/products/${encodeURIComponent(handle)}/page?${query}`
  const response = await fetch(url, {
    headers: { accept: "application/json", ...(PUBLISHABLE_KEY ? { "x-publishable-api-key": PUBLISHABLE_KEY } : {}) },
  })
  const cacheControl = response.headers.get("cache-control")
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
      related: (body.related as RawProduct[]).map((raw) => ({
        ...summarizeProduct(raw, normalizeOcop(raw.ocop)),
        rating: ratingView((raw as Body).rating),
      })),
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
