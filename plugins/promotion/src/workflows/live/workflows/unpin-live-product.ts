import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePromotionsStep } from "@medusajs/medusa/core-flows"
import { prepareLivePinStep, type LivePinRequest } from "../steps/prepare-live-pin"
import { removeLivePinStep } from "../steps/remove-live-pin"

/** Takes a product off a live session; its session price (the promotion) goes with it. */
export const unpinLiveProductWorkflow = createWorkflow(
  "ocop-unpin-live-product",
  (input: Omit<LivePinRequest, "discount" | "pinned_by">) => {
    const prepared = prepareLivePinStep(transform({ input }, ({ input }) => ({ ...input, unpin: true })))
    removeLivePinStep(transform({ prepared }, ({ prepared }) => ({ id: prepared.existing!.id })))
    when("ocop-live-unpin-promotion", { prepared }, ({ prepared }) => !!prepared.existing?.promotion_id).then(() =>
      deletePromotionsStep(transform({ prepared }, ({ prepared }) => [prepared.existing!.promotion_id!])),
    )
    return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ product_id: prepared.product_id })))
  },
)
