import type { MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { SELLER_MODULE, type SellerModuleService } from "../../../../modules/seller"
import type { SellerRequest } from "../../../../lib/current-member"
import { presentSellerOrders } from "../../../../lib/seller-orders"

/** GET /sellers/me/orders?status=&limit=&offset=&order=(-)placed_at|status → { orders, count, limit, offset } (this seller's parts only) */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const { status } = req.validatedQuery as { status?: string }
  const page = pageOf(req, { placed_at: "DESC", id: "DESC" })
  const [parts, count] = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listAndCountSellerOrders({ seller_id: req.member.seller_id, ...(status ? { status } : {}) } as any, {
      ...page,
    })
  res.json({ orders: await presentSellerOrders(req.scope, parts), count, limit: page.take, offset: page.skip })
}
