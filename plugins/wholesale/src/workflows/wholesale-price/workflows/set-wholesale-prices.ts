import { batchPriceListPricesWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareWholesalePricesStep } from "../steps/prepare-wholesale-prices"
import type { SetWholesalePricesInput } from "../types"

export const setWholesalePricesWorkflowId = "wholesale-set-prices"

/**
 * A seller sets a product's wholesale terms: the quantity tiers become prices (min/max quantity) of
 * the wholesale price list, replacing the product's previous ones, and the MOQ goes on the product.
 */
export const setWholesalePricesWorkflow = createWorkflow(
  setWholesalePricesWorkflowId,
  (input: SetWholesalePricesInput) => {
    const prepared = prepareWholesalePricesStep(input)
    batchPriceListPricesWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => ({
        data: { id: prepared.price_list_id, create: prepared.create, update: [], delete: prepared.delete },
      })),
    })
    updateProductsWorkflow.runAsStep({
      input: transform({ input, prepared }, ({ input, prepared }) => ({
        selector: { id: input.product_id },
        update: { metadata: prepared.metadata },
      })),
    })
    return new WorkflowResponse(input.product_id)
  },
)
