import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { listPublishedStories, storyProductsOfProvince } from "../../../../lib/stories"
import type { StoreListStoriesType } from "./validators"

/**
 * GET /store/ocop/stories?product_id=a,b | ?province=Lào Cai &limit=&offset= → { stories, count,
 * limit, offset }: a page of published products' stories, newest first; by province, those of the
 * products certified there now (found in one statement, whatever the province's size).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.validatedQuery as StoreListStoriesType
  const page = pageOf(req, { published_at: "DESC", id: "DESC" })
  if (query.province) {
    const [productIds, count] = await storyProductsOfProvince(req.scope, query.province, page, query.product_id)
    const [stories] = await listPublishedStories(req.scope, productIds, { ...page, skip: 0 })
    return res.json({ stories, count, limit: page.take, offset: page.skip })
  }
  const [stories, count] = await listPublishedStories(req.scope, query.product_id ?? [], page)
  res.json({ stories, count, limit: page.take, offset: page.skip })
}
