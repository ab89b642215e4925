import type { MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, type SellerModuleService } from "../../../../modules/seller"
import type { SellerRequest } from "../../../../lib/current-member"
import { presentSellerOrders } from "../../../../lib/seller-orders"

/** GET /sellers/me/orders?status=&limit=&offset= → { orders, count } (this seller's parts only) */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as { status?: string; limit: number; offset: number }
  const [parts, count] = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listAndCountSellerOrders({ seller_id: req.member.seller_id, ...(status ? { status } : {}) } as any, {
      skip: offset,
      take: limit,
      order: { placed_at: "DESC", id: "DESC" },
    })
  res.json({ orders: await presentSellerOrders(req.scope, parts), count, limit, offset })
}
