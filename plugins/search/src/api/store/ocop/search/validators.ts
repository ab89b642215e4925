import { z } from "@medusajs/framework/zod"
import { queryList } from "@ocop/plugin-ocop/validation"
import { pageParams } from "@ocop/plugin-ocop/validate-query"
import { MAX_OFFSET, MAX_PRICE, MAX_QUERY_LENGTH, SEARCH_FACETS, SEARCH_SORTS } from "../../../../lib/ocop-search"

/**
 * `GET /store/ocop/search`: every parameter is checked (an unknown one, or a bad value, is a 400
 * naming it); values only ever reach the engine as structured filter values, never as query text.
 */
export const StoreSearchOcopProducts = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `q: at most ${MAX_QUERY_LENGTH} characters`).optional(),
  stars: queryList(z.coerce.number().int().min(3).max(5), 20),
  product_group: queryList(z.coerce.number().int().min(1).max(6), 20),
  province: z.string().max(100).optional(),
  producer: z.string().max(200).optional(),
  /** VND bounds on the lowest base price of the product's variants (inclusive). */
  price_min: z.coerce.number().int().min(0).max(MAX_PRICE).optional(),
  price_max: z.coerce.number().int().min(0).max(MAX_PRICE).optional(),
  sort: z.enum(SEARCH_SORTS).optional(),
  facets: queryList(z.enum(SEARCH_FACETS), 20),
  ...pageParams({ limit: 20, max: 50, maxOffset: MAX_OFFSET }),
})
