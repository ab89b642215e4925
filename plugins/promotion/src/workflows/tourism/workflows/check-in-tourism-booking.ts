import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkInTourismBookingStep, type CheckInInput } from "../steps/check-in-tourism-booking"

/** The cooperative checks a visitor's voucher in at arrival. */
export const checkInTourismBookingWorkflow = createWorkflow(
  "check-in-tourism-booking",
  (input: CheckInInput) => new WorkflowResponse(checkInTourismBookingStep(input)),
)
