import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createSellerReturnStep } from "../steps/create-seller-return"
import { validateReturnRequestStep } from "../steps/validate-return-request"
import type { RequestSellerReturnInput } from "../types"

export const requestSellerReturnWorkflowId = "marketplace-request-seller-return"

/**
 * A buyer asks to return lines of one seller's delivered part: checked first (nothing is stored for
 * a refused request), then the photos stored through the File Module (deleted again if recording
 * fails), the request recorded, and the seller told (`seller_return.requested`).
 */
export const requestSellerReturnWorkflow = createWorkflow(
  requestSellerReturnWorkflowId,
  (input: RequestSellerReturnInput) => {
    const checked = validateReturnRequestStep(
      transform({ input }, ({ input }) => {
        const { photos: _photos, ...rest } = input
        return rest
      }),
    )
    const stored = when({ input }, ({ input }) => input.photos.length > 0).then(() =>
      uploadFilesWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          files: input.photos.map((photo) => ({ ...photo, access: "public" as const })),
        })),
      }),
    )
    const created = createSellerReturnStep(
      transform({ input, checked, stored }, ({ input, checked, stored }) => ({
        seller_order_id: input.seller_order_id,
        seller_id: checked.seller_id,
        order_id: input.order_id,
        customer_id: input.customer_id,
        status: "requested",
        reason: input.reason,
        note: input.note ?? null,
        lines: checked.lines,
        photos: (stored ?? []).map((file: { id: string; url: string }) => ({ id: file.id, url: file.url })),
        refund_amount: checked.refund_amount,
        return_shipping_amount: checked.return_shipping_amount,
        return_shipping_paid_by: checked.return_shipping_paid_by,
        return_shipping_option_id: checked.return_shipping_option_id,
        payment_method: checked.payment_method,
        refund_account: checked.refund_account,
        window_ends_at: checked.window_ends_at,
      })),
    )
    emitEventStep({
      eventName: "seller_return.requested",
      data: transform({ created, checked }, ({ created, checked }) => ({
        id: created.id,
        seller_id: checked.seller_id,
        number: checked.number,
      })),
    })
    return new WorkflowResponse(created)
  },
)
