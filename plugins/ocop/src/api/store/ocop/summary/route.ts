import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { summarizeStoreOcop, type StoreOcopSummaryQuery } from "../../../../lib/store-summary"

/**
 * GET /store/ocop/summary?stars=&product_group=&province=&subject_id=&producers_limit=&producers_offset=
 * → { count, stars: [{ value, count }], product_group: […], province: […],
 *     producers: [{ id, name, province, count }], producers_count (null with producers_limit=0),
 *     producers_limit, producers_offset }
 *
 * The OCOP products on sale now that match the filters, counted (home, provinces, a province's or a
 * producer's page), in two SQL statements whatever the catalogue size. The same for every buyer:
 * cacheable as the listing is.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const salesChannelIds = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } })
    .publishable_key_context?.sales_channel_ids
  const body = await summarizeStoreOcop(
    req.scope,
    req.validatedQuery as unknown as StoreOcopSummaryQuery,
    salesChannelIds,
  )
  res.set("Cache-Control", "public, max-age=30, stale-while-revalidate=60")
  res.set("Vary", "x-publishable-api-key")
  res.json(body)
}
