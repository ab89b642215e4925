import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { ownOrder } from "../../../../../../lib/store-access"
import { SELLER_MODULE, type SellerModuleService } from "../../../../../../modules/seller"

/** GET /store/ocop/orders/:id/shipments (the customer's own order) → { shipments: one per seller } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order = await ownOrder(req, [
    "items.id",
    "items.title",
    "items.quantity",
    "items.detail.quantity",
    "fulfillments.id",
    "fulfillments.shipped_at",
  ])
  const parts = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerOrders({ order_id: order.id }, { relations: ["seller"] })
  const items = new Map((order.items ?? []).map((item: any) => [item.id, item]))
  const fulfillments = new Map((order.fulfillments ?? []).map((f: any) => [f.id, f]))
  res.json({
    shipments: parts.map((part) => ({
      number: part.number,
      seller: { id: part.seller.id, legal_name: part.seller.legal_name, province: part.seller.province },
      status: part.status,
      cancel_reason: part.cancel_reason,
      tracking_number: part.tracking_number,
      carrier: part.carrier,
      delivered_at: part.delivered_at,
      shipped_at: (fulfillments.get(part.fulfillment_id ?? "") as any)?.shipped_at ?? null,
      items: (part.item_ids as unknown as string[])
        .map((id) => items.get(id))
        .filter(Boolean)
        .map((item: any) => ({
          id: item.id,
          title: item.title,
          quantity: MathBN.convert(item.detail?.quantity ?? item.quantity).toNumber(),
        })),
    })),
  })
}
