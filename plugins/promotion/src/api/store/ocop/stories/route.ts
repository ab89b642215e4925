import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { listPublishedStories } from "../../../../lib/stories"
import type { StoreListStoriesType } from "./validators"

/**
 * GET /store/ocop/stories?product_id=a,b | ?province=Lào Cai &limit=&offset= → { stories, count,
 * limit, offset }: a page of published products' stories, newest first; by province, those of the
 * products certified there now.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.validatedQuery as StoreListStoriesType
  let productIds = query.product_id ?? []
  if (query.province) {
    const certificates: { product_id: string }[] = await req.scope
      .resolve<any>(CERTIFICATION_MODULE)
      .listOcopCertificates({ province: query.province, status: "valid" }, { select: ["product_id"] })
    const inProvince = certificates.map((c) => c.product_id)
    productIds = query.product_id ? productIds.filter((id) => inProvince.includes(id)) : inProvince
  }
  const page = pageOf(req, { published_at: "DESC", id: "DESC" })
  const [stories, count] = await listPublishedStories(req.scope, productIds, page)
  res.json({ stories, count, limit: page.take, offset: page.skip })
}
