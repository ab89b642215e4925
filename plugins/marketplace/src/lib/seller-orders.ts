import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import { SELLER_MODULE, type SellerModuleService } from "../modules/seller"
import { payoutLine } from "./payout"

type Container = Pick<MedusaContainer, "resolve">
type Part = Record<string, any>

/** The seller's part of an order (by the Medusa order id); 404 when the order holds none of its lines. */
export async function ownSellerOrder(container: Container, sellerId: string, orderId: string) {
  const [part] = await container.resolve<SellerModuleService>(SELLER_MODULE).listSellerOrders({ seller_id: sellerId, order_id: orderId }, { take: 1 })
  if (!part) throw notFound(`order ${orderId} not found`)
  return part
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "currency_code",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.province",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.variant_sku",
  "items.variant_id",
  "items.product_id",
  "items.quantity",
  "items.detail.quantity",
  "items.unit_price",
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.labels.tracking_number",
]

/** Seller orders as the seller sees them: only its own lines, its shipment, its payout line. */
export async function presentSellerOrders(container: Container, parts: Part[]) {
  if (!parts.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: [...new Set(parts.map((part) => part.order_id))] },
  })
  const orders = new Map((data as any[]).map((order) => [order.id, order]))
  return parts.map((part) => {
    const order = orders.get(part.order_id) ?? {}
    const itemIds = new Set(part.item_ids as string[])
    const fulfillment = (order.fulfillments ?? []).find((f: any) => f.id === part.fulfillment_id)
    return {
      id: part.order_id,
      seller_order_id: part.id,
      display_id: order.display_id,
      placed_at: part.placed_at,
      status: part.status,
      cancel_reason: part.cancel_reason,
      shipping_address: order.shipping_address ?? null,
      items: (order.items ?? [])
        .filter((item: any) => itemIds.has(item.id))
        .map((item: any) => ({
          id: item.id,
          title: item.title,
          variant_title: item.variant_title,
          sku: item.variant_sku,
          variant_id: item.variant_id,
          product_id: item.product_id,
          quantity: MathBN.convert(item.detail?.quantity ?? item.quantity).toNumber(),
          unit_price: MathBN.convert(item.unit_price).toNumber(),
        })),
      shipment: fulfillment
        ? { fulfillment_id: fulfillment.id, tracking_number: part.tracking_number, carrier: part.carrier, shipped_at: fulfillment.shipped_at }
        : null,
      payout: payoutLine(part as any),
    }
  })
}
