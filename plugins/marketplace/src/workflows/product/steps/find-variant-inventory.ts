import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Each stocked variant's inventory item (by variant id and SKU), to set stock levels; services have none. */
export const findVariantInventoryStep = createStep(
  "marketplace-find-variant-inventory",
  async (input: { product_ids: string[] }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: { product_id: input.product_ids },
    })
    return new StepResponse(
      (data as any[])
        .filter((variant) => variant.inventory_items?.[0]?.inventory_item_id)
        .map((variant) => ({
          variant_id: variant.id as string,
          sku: variant.sku as string,
          inventory_item_id: variant.inventory_items?.[0]?.inventory_item_id as string,
        })),
    )
  },
)
