import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { presentForAdmin } from "../../../lib/returns/present"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

/** GET /admin/seller-returns?status=&limit=&offset=&order= → { returns, count, limit, offset }: every seller's return requests */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status } = req.validatedQuery as { status?: string }
  const page = pageOf(req, { created_at: "DESC", id: "DESC" })
  const [rows, count] = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listAndCountSellerReturns((status ? { status } : {}) as any, page)
  res.json({ returns: await presentForAdmin(req.scope, rows), count, limit: page.take, offset: page.skip })
}
