import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BulkLineInput } from "../../../lib/bulk-order/parse-csv"
import { checkBulkOrderStep } from "../steps/check-bulk-order"

export const addBulkOrderWorkflowId = "wholesale-add-bulk-order"

export interface AddBulkOrderInput {
  cart_id: string
  sales_channel_id: string
  region_id: string | null
  lines: BulkLineInput[]
}

/**
 * A distributor's bulk order into its cart in one step: every line is checked again, then all go
 * into the cart through Medusa's add-to-cart (tier prices for the quantities, stock confirmed) —
 * all the lines or none.
 */
export const addBulkOrderWorkflow = createWorkflow(addBulkOrderWorkflowId, (input: AddBulkOrderInput) => {
  const items = checkBulkOrderStep(
    transform({ input }, ({ input }) => ({ lines: input.lines, sales_channel_id: input.sales_channel_id, region_id: input.region_id }))
  )
  addToCartWorkflow.runAsStep({ input: transform({ input, items }, ({ input, items }) => ({ cart_id: input.cart_id, items })) })
  return new WorkflowResponse(items)
})
