import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { findVariantInventoryStep } from "../steps/find-variant-inventory"
import { resolveSellingContextStep } from "../steps/resolve-selling-context"
import type { UpdateSellerProductInput } from "../types"

export const updateSellerProductWorkflowId = "marketplace-update-seller-product"

/**
 * Edits a seller's product (the caller has checked it is the seller's, and that every variant id
 * belongs to it): title, description, images, and per variant title, VND price, stock.
 */
export const updateSellerProductWorkflow = createWorkflow(
  updateSellerProductWorkflowId,
  (input: UpdateSellerProductInput) => {
    const context = resolveSellingContextStep()
    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        selector: { id: input.product_id },
        update: {
          ...(input.title !== undefined ? { title: input.title } : {}),
          // Medusa merges metadata; "" removes the English name
          ...(input.title_en !== undefined ? { metadata: { title_en: input.title_en } } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.images ? { images: input.images, thumbnail: input.images[0]?.url ?? null } : {}),
        },
      })),
    })
    const variantUpdates = transform({ input }, ({ input }) =>
      (input.variants ?? [])
        .filter((v) => v.title !== undefined || v.title_en !== undefined || v.price_vnd !== undefined)
        .map((v) => ({
          id: v.id,
          ...(v.title !== undefined ? { title: v.title } : {}),
          ...(v.title_en !== undefined ? { metadata: { title_en: v.title_en } } : {}),
          ...(v.price_vnd !== undefined ? { prices: [{ currency_code: "vnd", amount: v.price_vnd }] } : {}),
        })),
    )
    when(variantUpdates, (updates) => updates.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({ input: { product_variants: variantUpdates } })
    })
    const inventory = findVariantInventoryStep(
      transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })),
    )
    const levelUpdates = transform({ input, inventory, context }, ({ input, inventory, context }) => {
      const itemByVariant = new Map(inventory.map((item) => [item.variant_id, item.inventory_item_id]))
      return (
        (input.variants ?? [])
          // A service's variants hold no stock (its capacity is in dated slots): their stock is ignored.
          .filter((v) => v.stock !== undefined && itemByVariant.has(v.id))
          .map((v) => ({
            inventory_item_id: itemByVariant.get(v.id)!,
            location_id: context.location_id,
            stocked_quantity: v.stock!,
          }))
      )
    })
    when(levelUpdates, (updates) => updates.length > 0).then(() => {
      updateInventoryLevelsWorkflow.runAsStep({ input: { updates: levelUpdates } })
    })
    return new WorkflowResponse(input.product_id)
  },
)
