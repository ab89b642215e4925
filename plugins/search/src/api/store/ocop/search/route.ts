import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { searchOcopProducts, type OcopSearchParams } from "../../../../lib/ocop-search"

/**
 * GET /store/ocop/search?q=&stars=&product_group=&province=&producer=&price_min=&price_max=&sort=&facets=&limit=&offset=
 *
 * Published products with a certificate valid now, matched by `q` without diacritics ("mat ong"
 * finds "Mật ong…"), with typos ("nuoc mamm") and by English name ("honey"); `price_min`/`price_max`
 * bound the lowest VND price, inclusive.
 * → { hits: [{ id, title, title_en, handle, thumbnail, producer, province, product_group,
 *      subgroup, stars, price: { amount, currency_code: "vnd" }, in_stock,
 *      certificate: { decision_number, valid_until }, highlights: { title?, title_en?, producer? } }],
 *    facets: { stars: [{ value, count }], product_group: […], province: […], producer: […] },
 *    count, limit, offset, q, sort, did_you_mean? }
 * Highlights are HTML-escaped text with the matched words in <mark>…</mark>.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const salesChannelIds = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } })
    .publishable_key_context?.sales_channel_ids
  res.json(await searchOcopProducts(req.scope, req.validatedQuery as unknown as OcopSearchParams, { salesChannelIds }))
}
