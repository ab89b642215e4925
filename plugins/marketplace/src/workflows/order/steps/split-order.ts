import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import SellerProductLink from "../../../links/seller-product"
import { withholdingKind } from "../../../lib/withholding"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import { sellerOrderNumber } from "../../../lib/seller-orders"

/** The OCOP group of an ordered product: its latest certificate's, else the one given when it was listed. */
function productGroupOf(
  product: {
    metadata?: Record<string, unknown> | null
    ocop_certificates?: { product_group: number; decision_date: string }[] | null
  } | null,
) {
  const certificates = (product?.ocop_certificates ?? []).filter(Boolean)
  const latest = [...certificates].sort(
    (a, b) => new Date(b.decision_date).getTime() - new Date(a.decision_date).getTime(),
  )[0]
  return latest?.product_group ?? product?.metadata?.product_group ?? null
}

/**
 * Records each seller's part of a placed order: its own number, its item ids, gross (integer VND, goods and
 * services apart), and the commission rate and withholding status at the time of the order.
 * Whether a line is goods or a service follows from the product's OCOP group (its certificate's,
 * else the group given at listing), never from a seller's flag; a line whose group is unknown is
 * withheld at the highest rate (Decree 117/2025, see lib/withholding).
 * Gross is what the buyer paid for the seller's lines (their totals, tax included like VND
 * prices): campaign discounts come off the seller's share.
 * Idempotent: an order already split is left as it is. Lines of products without a seller (the
 * operator's own catalogue) belong to no seller part.
 */
export const splitOrderStep = createStep(
  "marketplace-split-order",
  async (
    input: { order_id: string },
    { container },
  ): Promise<StepResponse<{ id: string; seller_id: string }[], string[]>> => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const [existing] = await service.listSellerOrders({ order_id: input.order_id }, { select: ["id"], take: 1 })
    if (existing) return new StepResponse([], [] as string[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      // A top-level total field makes the order module compute the totals, the items' too
      fields: [
        "id",
        "display_id",
        "created_at",
        "item_total",
        "items.id",
        "items.product_id",
        "items.unit_price",
        "items.quantity",
        "items.detail.quantity",
        "items.total",
        "items.product.metadata",
        "items.product.ocop_certificates.product_group",
        "items.product.ocop_certificates.decision_date",
      ],
      filters: { id: input.order_id },
    })
    const order = orders[0] as any
    if (!order) return new StepResponse([], [] as string[])
    const productIds = [...new Set((order.items ?? []).map((item: any) => item.product_id).filter(Boolean))] as string[]
    if (!productIds.length) return new StepResponse([], [] as string[])
    const { data: links } = await query.graph({
      entity: SellerProductLink.entryPoint,
      fields: ["seller_id", "product_id"],
      filters: { product_id: productIds },
    })
    const sellerOfProduct = new Map(
      (links as { seller_id: string; product_id: string }[]).map((l) => [l.product_id, l.seller_id]),
    )
    const parts = new Map<string, { item_ids: string[]; goods: number; services: number }>()
    for (const item of order.items ?? []) {
      const sellerId = sellerOfProduct.get(item.product_id)
      if (!sellerId) continue
      const part = parts.get(sellerId) ?? { item_ids: [], goods: 0, services: 0 }
      const amount = Math.round(MathBN.convert(item.total).toNumber())
      // The ledger keeps goods and services: the highest rate for an unknown kind is services'.
      if (withholdingKind(productGroupOf(item.product)) === "goods") part.goods += amount
      else part.services += amount
      part.item_ids.push(item.id)
      parts.set(sellerId, part)
    }
    if (!parts.size) return new StepResponse([], [] as string[])
    const sellers = await service.listSellers(
      { id: [...parts.keys()] },
      { select: ["id", "type", "commission_rate_bps"] },
    )
    sellers.sort((a, b) => (a.id < b.id ? -1 : 1))
    const created = await service.createSellerOrders(
      sellers.map((seller, index) => {
        const part = parts.get(seller.id)!
        return {
          seller_id: seller.id,
          number: sellerOrderNumber(order.display_id, index),
          order_id: order.id,
          item_ids: part.item_ids as unknown as Record<string, unknown>, // a JSON array
          gross: part.goods + part.services,
          goods_gross: part.goods,
          services_gross: part.services,
          commission_rate_bps: service.commissionBps(seller),
          household: seller.type === "household_business",
          placed_at: order.created_at,
        }
      }),
    )
    return new StepResponse(
      created,
      created.map((part) => part.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellerOrders(ids)
  },
)
