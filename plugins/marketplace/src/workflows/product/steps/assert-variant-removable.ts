import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

const OPEN = ["pending", "accepted", "packed"]

/**
 * Refuses (400) removing a product's last variant, or a variant in one of the seller's open
 * orders (not yet shipped or cancelled): those orders must be shipped or cancelled first.
 */
export const assertVariantRemovableStep = createStep(
  "marketplace-assert-variant-removable",
  async (input: { seller_id: string; product_id: string; variant_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["variants.id"],
      filters: { id: input.product_id },
    })
    if (((products[0] as any)?.variants ?? []).length <= 1) {
      throw invalid(
        "variant_id",
        "last_variant",
        "a product keeps at least one variant: add another before removing this one",
      )
    }
    const parts = await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .listSellerOrders({ seller_id: input.seller_id, status: OPEN }, { select: ["number", "order_id", "item_ids"] })
    if (parts.length) {
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "items.id", "items.variant_id"],
        filters: { id: parts.map((part) => part.order_id) },
      })
      const itemsOfVariant = new Set(
        (orders as any[]).flatMap((order) =>
          (order.items ?? []).filter((item: any) => item.variant_id === input.variant_id).map((item: any) => item.id),
        ),
      )
      // Named by the seller's own part numbers, as its order pages show them
      const open = parts.filter((part) => (part.item_ids as unknown as string[]).some((id) => itemsOfVariant.has(id)))
      if (open.length) {
        const numbers = open.map((part) => `#${part.number}`).join(", ")
        throw invalid(
          "variant_id",
          "open_orders",
          `the variant is in open orders (${numbers}): ship or cancel them before removing it`,
        )
      }
    }
    return new StepResponse(undefined)
  },
)
