import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStoreOcopProducts, type StoreOcopQuery } from "../../../../lib/store-listing"
import { invalid } from "../../../../lib/errors"

/**
 * GET /store/ocop/products?id=&stars=&product_group=&province=&subject_id=&sort=&limit=&offset=&after=&before=
 * → { products: [{ id, title, subtitle, handle, thumbnail, ocop: { stars, product_group, subgroup,
 *     province, producer, decision_number, authority, valid_until } }], count, limit, offset,
 *     next_cursor, prev_cursor }
 *
 * A page by `offset`, or the page after `next_cursor` (`after=`) or before `prev_cursor`
 * (`before=`) of a page read with the same sort: a cursor's page is read from its row on through
 * the index, at the same cost however deep (next and previous links).
 *
 * The same for every buyer (no prices, no customer data): shared caches (a CDN, the storefront's
 * fetch cache) may keep a page for 30 s and serve it stale for a minute more while refreshing.
 * A certificate revoked or expired drops out within that window at most.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.validatedQuery as unknown as StoreOcopQuery
  if (query.after && query.before) throw invalid("before", "one_cursor", "give after or before, not both")
  const cursor = query.after ? "after" : query.before ? "before" : undefined
  if (cursor && query.offset > 0) throw invalid("offset", "cursor_page", `a page ${cursor} a cursor has no offset`)
  if (cursor && query[cursor]!.sort !== (query.sort ?? "stars"))
    throw invalid(cursor, "cursor_sort", `the cursor was given for sort=${query[cursor]!.sort}`)
  const salesChannelIds = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } })
    .publishable_key_context?.sales_channel_ids
  const body = await listStoreOcopProducts(req.scope, query, salesChannelIds)
  res.set("Cache-Control", "public, max-age=30, stale-while-revalidate=60")
  res.set("Vary", "x-publishable-api-key")
  res.json(body)
}
