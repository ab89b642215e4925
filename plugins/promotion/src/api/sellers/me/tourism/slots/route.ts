import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { sellerProductIds } from "@ocop/plugin-marketplace/seller-scope"
import { TOURISM_MODULE, type TourismModuleService } from "../../../../../modules/tourism"
import { presentSlots, serviceProductIds, slotInstant } from "../../../../../lib/tourism-slots"
import { createTourismSlotWorkflow } from "../../../../../workflows/tourism/workflows/create-tourism-slot"
import type { SellerCreateTourismSlotType } from "../validators"

/** Slots that started more than this long ago drop off the seller's list. */
const PAST_DAYS = 30

/**
 * GET /sellers/me/tourism/slots → { services: [{ id, title, variants: [{ id, title }] }], slots:
 * [{ …slot, product_title, variant_title }] }: the seller's tourism services and their slots
 * (from 30 days ago on, soonest first) with places booked and left.
 */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const sellerId = req.member.seller_id
  const productIds = await sellerProductIds(req.scope, sellerId)
  const services = [...(await serviceProductIds(req.scope, productIds))]
  const { data: products } = services.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "title", "variants.id", "variants.title"],
        filters: { id: services },
      })
    : { data: [] }
  const slots = await req.scope
    .resolve<TourismModuleService>(TOURISM_MODULE)
    .listTourismSlots(
      { seller_id: sellerId, starts_at: { $gte: new Date(Date.now() - PAST_DAYS * 86_400_000) } },
      { take: 500, order: { starts_at: "ASC", id: "ASC" } },
    )
  const byVariant = new Map<string, { product: string; variant: string }>(
    (products as any[]).flatMap((p) =>
      (p.variants ?? []).map((v: any) => [v.id, { product: p.title, variant: v.title }]),
    ),
  )
  res.json({
    services: (products as any[]).map((p) => ({
      id: p.id,
      title: p.title,
      variants: (p.variants ?? []).map((v: any) => ({ id: v.id, title: v.title })),
    })),
    slots: (await presentSlots(req.scope, slots)).map((slot) => ({
      ...slot,
      product_title: byVariant.get(slot.variant_id)?.product ?? null,
      variant_title: byVariant.get(slot.variant_id)?.variant ?? null,
    })),
  })
}

/** POST /sellers/me/tourism/slots { variant_id, date, time, capacity } → { slot } (201) */
export const POST = async (req: SellerRequest<SellerCreateTourismSlotType>, res: MedusaResponse) => {
  const { variant_id, date, time, capacity } = req.validatedBody
  const { result } = await createTourismSlotWorkflow(req.scope).run({
    input: { seller_id: req.member.seller_id, variant_id, starts_at: slotInstant(date, time), capacity },
  })
  const [slot] = await presentSlots(req.scope, [result])
  res.status(201).json({ slot })
}
