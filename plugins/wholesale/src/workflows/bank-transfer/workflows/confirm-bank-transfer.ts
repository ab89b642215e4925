import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareReceiptStep, type PrepareReceiptInput } from "../steps/prepare-receipt"

export const confirmBankTransferWorkflowId = "wholesale-confirm-bank-transfer"

/**
 * A seller (its part) or the operator confirms that a bank transfer arrived: Medusa captures that
 * amount of the order's payment (a capture per confirmation, `created_by` naming who confirmed),
 * so the order reads partially captured, then captured.
 */
export const confirmBankTransferWorkflow = createWorkflow(
  confirmBankTransferWorkflowId,
  (input: PrepareReceiptInput) => {
    const capture = prepareReceiptStep(input)
    const payment = capturePaymentWorkflow.runAsStep({ input: capture })
    return new WorkflowResponse(payment)
  },
)
