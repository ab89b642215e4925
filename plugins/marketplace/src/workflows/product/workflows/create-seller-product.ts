import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { supplyKindOfGroup } from "../../../lib/withholding"
import { SELLER_MODULE } from "../../../modules/seller"
import { assertSkusFreeStep } from "../steps/assert-skus-free"
import { chooseProductHandleStep } from "../steps/choose-product-handle"
import { findVariantInventoryStep } from "../steps/find-variant-inventory"
import { resolveSellingContextStep } from "../steps/resolve-selling-context"
import type { CreateSellerProductInput } from "../types"

export const createSellerProductWorkflowId = "marketplace-create-seller-product"

export const VARIANT_OPTION = "Quy cách"

/**
 * A seller's product: a draft in no sales channel (publishing puts it in the OCOP channel), an
 * ASCII handle from its title, one option value per variant, VND prices, stock at the marketplace's
 * stock location, linked to the seller. Medusa's own workflows undo the product and levels when a
 * later step fails.
 */
export const createSellerProductWorkflow = createWorkflow(
  createSellerProductWorkflowId,
  (input: CreateSellerProductInput) => {
    const context = resolveSellingContextStep()
    assertSkusFreeStep(transform({ input }, ({ input }) => ({ skus: input.variants.map((v) => v.sku) })))
    const handle = chooseProductHandleStep(transform({ input }, ({ input }) => ({ title: input.title })))
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input, context, handle }, ({ input, context, handle }) => {
        // A service is booked, not shipped: no shipping profile and no stock of boxes, so its cart
        // lines need no shipping (Medusa's requires_shipping); its capacity is in dated slots.
        const isService = supplyKindOfGroup(input.product_group) === "services"
        return {
          products: [
            {
              title: input.title,
              handle,
              description: input.description ?? null,
              status: ProductStatus.DRAFT,
              shipping_profile_id: isService ? undefined : context.shipping_profile_id,
              images: input.images ?? [],
              thumbnail: input.images?.[0]?.url ?? null,
              // A service (community tourism, group 6) by its group, not by the seller's say-so.
              metadata: {
                product_group: input.product_group ?? null,
                is_service: isService,
                seller_id: input.seller_id,
                ...(input.title_en ? { title_en: input.title_en } : {}),
              },
              options: [{ title: VARIANT_OPTION, values: input.variants.map((v) => v.title) }],
              variants: input.variants.map((variant) => ({
                title: variant.title,
                sku: variant.sku,
                manage_inventory: !isService,
                options: { [VARIANT_OPTION]: variant.title },
                prices: [{ currency_code: "vnd", amount: variant.price_vnd }],
                ...(variant.title_en ? { metadata: { title_en: variant.title_en } } : {}),
              })),
            },
          ],
        }
      }),
    })
    const productIds = transform({ products }, ({ products }) => products.map((p) => p.id))
    createRemoteLinkStep(
      transform({ input, productIds }, ({ input, productIds }) =>
        productIds.map((product_id) => ({
          [SELLER_MODULE]: { seller_id: input.seller_id },
          [Modules.PRODUCT]: { product_id },
        })),
      ),
    )
    const inventory = findVariantInventoryStep({ product_ids: productIds })
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, inventory, context }, ({ input, inventory, context }) => {
        const stockBySku = new Map(input.variants.map((v) => [v.sku, v.stock]))
        return {
          inventory_levels: inventory.map((item) => ({
            inventory_item_id: item.inventory_item_id,
            location_id: context.location_id,
            stocked_quantity: stockBySku.get(item.sku) ?? 0,
          })),
        }
      }),
    })
    return new WorkflowResponse(transform({ productIds }, ({ productIds }) => productIds[0]))
  },
)
