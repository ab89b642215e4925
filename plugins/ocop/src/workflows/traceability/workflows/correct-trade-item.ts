import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CorrectTradeItemInput } from "../types"
import { prepareTradeItemCorrectionStep } from "../steps/prepare-trade-item-correction"
import { updateTradeItemGtinStep } from "../steps/update-trade-item-gtin"

export const correctTradeItemWorkflowId = "ocop-correct-trade-item"

/** Corrects the GTIN of a trade item that has no lots yet. */
export const correctTradeItemWorkflow = createWorkflow(correctTradeItemWorkflowId, (input: CorrectTradeItemInput) => {
  const data = prepareTradeItemCorrectionStep(input)
  return new WorkflowResponse(updateTradeItemGtinStep(data))
})
