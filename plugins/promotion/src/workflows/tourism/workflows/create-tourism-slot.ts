import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTourismSlotStep } from "../steps/create-tourism-slot"
import { validateTourismSlotStep } from "../steps/validate-tourism-slot"

export type CreateTourismSlotWorkflowInput = {
  seller_id: string
  variant_id: string
  starts_at: Date
  capacity: number
}

/** A cooperative opens a dated slot of one of its tourism services. */
export const createTourismSlotWorkflow = createWorkflow(
  "create-tourism-slot",
  (input: CreateTourismSlotWorkflowInput) => {
    const { product_id } = validateTourismSlotStep(input)
    const slotInput = transform({ input, product_id }, ({ input, product_id }) => ({ ...input, product_id }))
    return new WorkflowResponse(createTourismSlotStep(slotInput))
  },
)
