import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bindTourismBookingsStep } from "../steps/bind-tourism-bookings"

/** After an order is placed: its cart's bookings belong to it. */
export const bindTourismBookingsWorkflow = createWorkflow(
  "bind-tourism-bookings",
  (input: { order_id: string }) => new WorkflowResponse(bindTourismBookingsStep(input)),
)
