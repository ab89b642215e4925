import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closeTourismSlotStep } from "../steps/close-tourism-slot"

/** A cooperative closes one of its slots to new bookings. */
export const closeTourismSlotWorkflow = createWorkflow(
  "close-tourism-slot",
  (input: { seller_id: string; slot_id: string }) => new WorkflowResponse(closeTourismSlotStep(input)),
)
