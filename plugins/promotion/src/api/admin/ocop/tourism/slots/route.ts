import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TOURISM_MODULE, type TourismModuleService } from "../../../../../modules/tourism"
import { presentSlots } from "../../../../../lib/tourism-slots"

/**
 * GET /admin/ocop/tourism/slots → { slots: [{ …slot, product_title, variant_title, seller_name }] }:
 * every cooperative's coming slots (and those of the last 30 days), soonest first, at most 500.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const slots = await req.scope
    .resolve<TourismModuleService>(TOURISM_MODULE)
    .listTourismSlots(
      { starts_at: { $gte: new Date(Date.now() - 30 * 86_400_000) } },
      { take: 500, order: { starts_at: "ASC", id: "ASC" } },
    )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = slots.length
    ? await query.graph({
        entity: "variant",
        fields: ["id", "title", "product.title"],
        filters: { id: [...new Set(slots.map((s) => s.variant_id))] },
      })
    : { data: [] }
  const { data: sellers } = slots.length
    ? await query.graph({
        entity: "seller",
        fields: ["id", "legal_name"],
        filters: { id: [...new Set(slots.map((s) => s.seller_id))] },
      })
    : { data: [] }
  const variant = new Map((variants as any[]).map((v) => [v.id, v]))
  const seller = new Map((sellers as any[]).map((s) => [s.id, s.legal_name]))
  res.json({
    slots: (await presentSlots(req.scope, slots)).map((slot, i) => ({
      ...slot,
      product_title: variant.get(slot.variant_id)?.product?.title ?? null,
      variant_title: variant.get(slot.variant_id)?.title ?? null,
      seller_name: seller.get(slots[i].seller_id) ?? null,
    })),
  })
}
