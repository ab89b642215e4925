import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type { RegisterTradeItemInput } from "../types"
import { prepareTradeItemStep } from "../steps/prepare-trade-item"
import { createTradeItemStep } from "../steps/create-trade-item"

export const registerTradeItemWorkflowId = "ocop-register-trade-item"

/** Gives a product variant its GTIN (a GS1 trade item) and links them. */
export const registerTradeItemWorkflow = createWorkflow(
  registerTradeItemWorkflowId,
  (input: RegisterTradeItemInput) => {
    const data = prepareTradeItemStep(input)
    const item = createTradeItemStep(data)
    createRemoteLinkStep(
      transform({ item }, ({ item }) => [
        {
          [Modules.PRODUCT]: { product_variant_id: item.variant_id },
          [TRACEABILITY_MODULE]: { trace_trade_item_id: item.id },
        },
      ]),
    ).config({ name: "ocop-link-variant-trade-item" })
    return new WorkflowResponse(item)
  },
)
