import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bindTourismBookingsStep } from "../steps/bind-tourism-bookings"
import { cancelTourismBookingsStep } from "../steps/cancel-tourism-bookings"

/** After an order is cancelled: its bookings release their places (bound first, in case the order was cancelled at once). */
export const cancelTourismBookingsWorkflow = createWorkflow(
  "cancel-tourism-bookings",
  (input: { order_id: string }) => {
    bindTourismBookingsStep(input)
    return new WorkflowResponse(cancelTourismBookingsStep(input))
  },
)
