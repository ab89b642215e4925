import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStories, storyProductsOfProvince } from "../../../../lib/stories"
import type { StoreListStoriesType } from "./validators"

/**
 * GET /store/ocop/stories?product_id=a,b | ?province=Lào Cai → { stories }: published products'
 * stories, newest first; by province, those of the products certified there now (found in one
 * statement, whatever the province's size).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.validatedQuery as StoreListStoriesType
  const productIds = query.province
    ? await storyProductsOfProvince(req.scope, query.province, query.limit, query.product_id)
    : (query.product_id ?? [])
  const stories = await listStories(req.scope, productIds, { published: true })
  res.json({ stories: stories.slice(0, query.limit) })
}
