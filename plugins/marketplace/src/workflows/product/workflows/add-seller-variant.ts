import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  updateProductOptionValuesOnProductStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { assertSkusFreeStep } from "../steps/assert-skus-free"
import { findVariantInventoryStep } from "../steps/find-variant-inventory"
import { prepareVariantOptionStep } from "../steps/prepare-variant-option"
import { resolveSellingContextStep } from "../steps/resolve-selling-context"
import type { SellerVariantInput } from "../types"
import { VARIANT_OPTION } from "./create-seller-product"

export const addSellerVariantWorkflowId = "marketplace-add-seller-variant"

/**
 * A variant added to a seller's product when it is edited (the caller has checked the product is
 * the seller's): its title as a value of the product's option, VND price, stock at the
 * marketplace's location. Each Medusa step used here undoes itself if a later step fails.
 */
export const addSellerVariantWorkflow = createWorkflow(
  addSellerVariantWorkflowId,
  (input: { product_id: string; variant: SellerVariantInput }) => {
    const context = resolveSellingContextStep()
    assertSkusFreeStep(transform({ input }, ({ input }) => ({ skus: [input.variant.sku] })))
    const option = prepareVariantOptionStep(
      transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        option_title: VARIANT_OPTION,
        title: input.variant.title,
      })),
    )
    // Options are shared between products in Medusa 2.21: the value is created if new and
    // allowed for this product (an existing one is only allowed).
    updateProductOptionValuesOnProductStep(
      transform({ input, option }, ({ input, option }) => [
        { product_id: input.product_id, product_option_id: option.option_id, add: [{ value: input.variant.title }] },
      ]),
    )
    // A service's variant is booked in dated slots, not stocked or shipped (see create-seller-product).
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "metadata"],
      filters: { id: input.product_id },
    }).config({ name: "read-product-kind" })
    const variants = createProductVariantsWorkflow.runAsStep({
      input: transform({ input, option, products }, ({ input, option, products }) => ({
        product_variants: [
          {
            product_id: input.product_id,
            title: input.variant.title,
            sku: input.variant.sku,
            manage_inventory: products[0]?.metadata?.is_service !== true,
            options: { [option.option_title]: input.variant.title },
            prices: [{ currency_code: "vnd", amount: input.variant.price_vnd }],
            ...(input.variant.title_en ? { metadata: { title_en: input.variant.title_en } } : {}),
          },
        ],
      })),
    })
    const inventory = findVariantInventoryStep(
      transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })),
    )
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, variants, inventory, context }, ({ input, variants, inventory, context }) => ({
        inventory_levels: inventory
          .filter((item) => item.variant_id === variants[0].id)
          .map((item) => ({
            inventory_item_id: item.inventory_item_id,
            location_id: context.location_id,
            stocked_quantity: input.variant.stock,
          })),
      })),
    })
    return new WorkflowResponse(transform({ variants }, ({ variants }) => variants[0].id))
  },
)
