import { createHash } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invalid, notFound } from "@ocop/plugin-ocop/errors"
import { loadProductPage } from "../../../../../../lib/product-page"
import type { StoreProductPageType } from "./validators"

/**
 * Anonymous visitors all get the same answer (no customer data, no customer prices): shared caches
 * may keep it 30 s and serve it stale a minute more while they revalidate with the ETag.
 */
export const PRODUCT_PAGE_CACHE = "public, max-age=30, stale-while-revalidate=60"

/**
 * GET /store/ocop/products/:handle/page?region_id=&country_code= — everything a product's page
 * shows, in one answer (see loadProductPage): { product (variants with `calculated_price` and
 * `inventory_quantity`), ocop, certificate, producer, lots: { count, latest }, related (each with `rating`), story,
 * reviews: { summary: { average, count, histogram }, reviews, count, limit, offset, sort }, region }.
 *
 * 410 { message, product, certificate } for a product withdrawn because its certificate was revoked
 * or expired; 404 for an unknown or unpublished one. The ETag of a page on sale is its version (a
 * digest of what it is computed from, read first): it changes with any change of the product, a
 * price, the stock, a certificate, a related product, the reviews or the story, on every server process alike
 * (nothing is kept between requests). A request whose If-None-Match holds it gets a 304 before the
 * prices, taxes and story are computed: a cache that revalidates (the storefront's) pays little.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const handle = req.params.handle
  if (!handle || handle.length > 200 || /[\u0000-\u001f\u007f]/.test(handle)) {
    throw invalid("handle", "format", "a product handle is 1–200 printable characters")
  }
  const query = req.validatedQuery as StoreProductPageType
  const salesChannelIds =
    (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } }).publishable_key_context
      ?.sales_channel_ids ?? []
  const page = await loadProductPage(req.scope, {
    handle,
    salesChannelIds,
    regionId: query.region_id,
    countryCode: query.country_code,
    ifNoneMatch: req.get("if-none-match"),
  })
  if (page.kind === "not_found") throw notFound(`No product "${handle}" is on sale on this marketplace`)
  res.set("Cache-Control", PRODUCT_PAGE_CACHE)
  res.set("Vary", "x-publishable-api-key")
  if (page.kind === "not_modified") {
    res.set("ETag", page.etag)
    res.status(304).end()
    return
  }
  const body =
    page.kind === "withdrawn"
      ? { message: `The product "${handle}" is no longer sold: its OCOP certificate has ended`, ...page.body }
      : page.body
  const json = JSON.stringify(body)
  res.status(page.kind === "withdrawn" ? 410 : 200)
  res.set(
    "ETag",
    page.kind === "on_sale" ? page.etag : `"${createHash("sha256").update(json).digest("base64url").slice(0, 32)}"`,
  )
  res.type("application/json")
  // Express answers 304 (no body) when the request's If-None-Match holds this ETag.
  res.send(json)
}
