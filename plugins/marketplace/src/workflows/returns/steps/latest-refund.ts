import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The ids of the refund just recorded on a payment (its newest), for the return request's record. */
export const latestRefundStep = createStep(
  "marketplace-latest-refund",
  async (input: { payment_id: string | null }, { container }) => {
    if (!input.payment_id) return new StepResponse([] as string[])
    const refunds = await container
      .resolve(Modules.PAYMENT)
      .listRefunds({ payment_id: input.payment_id }, { order: { created_at: "DESC" }, take: 1, select: ["id"] })
    return new StepResponse(refunds.map((refund) => refund.id))
  },
)
