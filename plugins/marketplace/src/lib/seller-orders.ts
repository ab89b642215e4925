import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import { SELLER_MODULE, type SellerModuleService } from "../modules/seller"
import { payoutLine } from "./payout"

/**
 * The one place that decides what a seller sees of an order. A seller knows its part by the
 * part's own id (`selord_…`) and number (`<order display_id>-<n>`); it gets its own lines, the
 * delivery address with the recipient's name and phone, its shipment and its payout line. It
 * never gets Medusa's order id, the buyer's e-mail, customer or cart ids, nor other sellers' lines:
 * nothing it could use on another route.
 */

type Container = Pick<MedusaContainer, "resolve">
type Part = Record<string, any>

/** The number of the part at `index` (from 0, sellers in id order) of the order with this display id. */
export function sellerOrderNumber(displayId: number | string, index: number): string {
  return `${displayId}-${index + 1}`
}

/** The seller's part by its own id; 404 when it is not this seller's (another seller's, an order id, unknown). */
export async function ownSellerOrder(container: Container, sellerId: string, partId: string) {
  const [part] = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerOrders({ id: partId, seller_id: sellerId }, { take: 1 })
  if (!part) throw notFound(`order ${partId} not found`)
  return part
}

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "phone",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
] as const

const ORDER_FIELDS = [
  "id",
  ...ADDRESS_FIELDS.map((field) => `shipping_address.${field}`),
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
  "shipping_methods.name",
]

/** A payout ledger line of a part, as its seller (and the operator's statement) shows it. */
export function sellerPayoutLine(part: Part) {
  return {
    id: part.id as string,
    number: part.number as string,
    placed_at: part.placed_at,
    status: part.status,
    ...payoutLine(part as any),
  }
}

/** Seller order parts as their seller sees them: only its own lines, its shipment, its payout line. */
export async function presentSellerOrders(container: Container, parts: Part[]) {
  if (!parts.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: [...new Set(parts.map((part) => part.order_id))] },
  })
  const orders = new Map((data as any[]).map((order) => [order.id, order]))
  // Which products are services (community tourism, group 6): those lines are not shipped, their
  // vouchers are checked in at the cooperative.
  const productIds = [
    ...new Set((data as any[]).flatMap((order) => (order.items ?? []).map((item: any) => item.product_id))),
  ].filter(Boolean)
  const { data: products } = productIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "metadata"],
        filters: { id: productIds },
      })
    : { data: [] }
  const services = new Set((products as any[]).filter((p) => p.metadata?.is_service === true).map((p) => p.id))
  return parts.map((part) => {
    const order = orders.get(part.order_id) ?? {}
    const itemIds = new Set(part.item_ids as string[])
    const fulfillment = (order.fulfillments ?? []).find((f: any) => f.id === part.fulfillment_id)
    const address = order.shipping_address
    const items = (order.items ?? []).filter((item: any) => itemIds.has(item.id))
    return {
      id: part.id as string,
      number: part.number as string,
      placed_at: part.placed_at,
      status: part.status,
      cancel_reason: part.cancel_reason,
      delivered_at: part.delivered_at ?? null,
      shipping_address: address
        ? Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, address[field] ?? null]))
        : null,
      /** The delivery the buyer chose (e.g. "Nhận tại hợp tác xã" for a pickup), by its name. */
      shipping_method: (order.shipping_methods?.[0]?.name as string | undefined) ?? null,
      /** Every line is a service (community tourism): nothing to ship, the vouchers are checked in. */
      services_only: items.length > 0 && items.every((item: any) => services.has(item.product_id)),
      items: items.map((item: any) => ({
        id: item.id as string,
        title: item.title as string,
        variant_title: item.variant_title as string | null,
        sku: item.variant_sku as string | null,
        variant_id: item.variant_id as string | null,
        product_id: item.product_id as string | null,
        quantity: MathBN.convert(item.detail?.quantity ?? item.quantity).toNumber(),
        unit_price: MathBN.convert(item.unit_price).toNumber(),
        is_service: services.has(item.product_id),
      })),
      shipment: fulfillment
        ? { tracking_number: part.tracking_number, carrier: part.carrier, shipped_at: fulfillment.shipped_at }
        : null,
      payout: payoutLine(part as any),
    }
  })
}

/** One part of this seller's, as its seller sees it (404 when it is not this seller's). */
export async function presentOwnSellerOrder(container: Container, sellerId: string, partId: string) {
  const [order] = await presentSellerOrders(container, [await ownSellerOrder(container, sellerId, partId)])
  return order
}
