import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { advanceSellerOrderWorkflow, deliverSellerOrderWorkflow } from "@ocop/plugin-marketplace/workflows"
import { arrivedTourismOrderPartStep } from "../steps/arrived-tourism-order-part"
import { checkInTourismBookingStep, type CheckInInput } from "../steps/check-in-tourism-booking"

/**
 * The cooperative checks a visitor's voucher in at arrival. When every visitor of an order part of
 * community-tourism services only has arrived, the part is delivered (accepted first if the
 * cooperative had not yet): that is its delivery, from which returns and reviews open.
 */
export const checkInTourismBookingWorkflow = createWorkflow("check-in-tourism-booking", (input: CheckInInput) => {
  const booking = checkInTourismBookingStep(input)
  const part = arrivedTourismOrderPartStep(
    transform({ input, booking }, ({ input, booking }) => ({ booking_id: booking, seller_id: input.seller_id })),
  )
  when("tourism-part-to-accept", { part }, ({ part }) => part?.status === "pending").then(() => {
    advanceSellerOrderWorkflow.runAsStep({
      input: transform({ part }, ({ part }) => ({ id: part!.id, action: "accept" as const })),
    })
  })
  when("tourism-part-arrived", { part }, ({ part }) => !!part).then(() => {
    deliverSellerOrderWorkflow.runAsStep({ input: transform({ part }, ({ part }) => ({ id: part!.id })) })
  })
  return new WorkflowResponse(booking)
})
