import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { presentForBuyer } from "../../../../lib/returns/present"
import { SELLER_MODULE, type SellerModuleService } from "../../../../modules/seller"

/** GET /store/ocop/returns?status=&limit=&offset= → { returns, count, limit, offset }: the signed-in customer's own requests */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status } = req.validatedQuery as { status?: string }
  const page = pageOf(req, { created_at: "DESC", id: "DESC" })
  const [rows, count] = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listAndCountSellerReturns({ customer_id: req.auth_context.actor_id, ...(status ? { status } : {}) } as any, page)
  res.json({ returns: await presentForBuyer(req.scope, rows), count, limit: page.take, offset: page.skip })
}
