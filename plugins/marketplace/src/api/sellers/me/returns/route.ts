import type { MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import type { SellerRequest } from "../../../../lib/current-member"
import { presentForSeller } from "../../../../lib/returns/present"
import { SELLER_MODULE, type SellerModuleService } from "../../../../modules/seller"

/** GET /sellers/me/returns?status=&limit=&offset=&order= → { returns, count, limit, offset }: this seller's return requests only */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const { status } = req.validatedQuery as { status?: string }
  const page = pageOf(req, { created_at: "DESC", id: "DESC" })
  const [rows, count] = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listAndCountSellerReturns({ seller_id: req.member.seller_id, ...(status ? { status } : {}) } as any, page)
  res.json({ returns: await presentForSeller(req.scope, rows), count, limit: page.take, offset: page.skip })
}
