import { z } from "@medusajs/framework/zod"
import { MAX_OFFSET, MAX_PRICE, MAX_QUERY_LENGTH, SEARCH_FACETS, SEARCH_SORTS } from "../../../../lib/ocop-search"

function list<T extends z.ZodTypeAny>(item: T) {
  return z.preprocess(
    (value) =>
      value === undefined || value === ""
        ? undefined
        : (Array.isArray(value) ? value : String(value).split(",")).map((v) => String(v).trim()),
    z.array(item).max(20).optional(),
  )
}

/**
 * `GET /store/ocop/search`: every parameter is checked (an unknown one, or a bad value, is a 400
 * naming it); values only ever reach the engine as structured filter values, never as query text.
 */
export const StoreSearchOcopProducts = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `q: at most ${MAX_QUERY_LENGTH} characters`).optional(),
  stars: list(z.coerce.number().int().min(3).max(5)),
  product_group: list(z.coerce.number().int().min(1).max(6)),
  province: z.string().max(100).optional(),
  producer: z.string().max(200).optional(),
  /** VND bounds on the lowest base price of the product's variants (inclusive). */
  price_min: z.coerce.number().int().min(0).max(MAX_PRICE).optional(),
  price_max: z.coerce.number().int().min(0).max(MAX_PRICE).optional(),
  sort: z.enum(SEARCH_SORTS).optional(),
  facets: list(z.enum(SEARCH_FACETS)),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0),
})
export type StoreSearchOcopProductsType = z.infer<typeof StoreSearchOcopProducts>
