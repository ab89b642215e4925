import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  capturePaymentWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  createReturnShippingMethodWorkflow,
  emitEventStep,
  receiveItemReturnRequestWorkflow,
  refundPaymentWorkflow,
  releaseLockStep,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { updateSellerOrderStep } from "../../order/steps/advance-seller-order"
import { latestRefundStep } from "../steps/latest-refund"
import { planReturnReceiptStep } from "../steps/plan-return-receipt"
import { transitionSellerReturnStep } from "../steps/transition-seller-return"

export const receiveSellerReturnWorkflowId = "marketplace-receive-seller-return"

/**
 * The goods of an accepted return came back (the seller says so, or the admin): through Medusa's own
 * return flow (a return of the lines requested, confirmed, received into the marketplace's stock
 * location: the stock comes back), then Medusa's refund on the order's payment (a card through its
 * provider, Stripe; cash on delivery and bank transfer recorded as paid to the buyer's bank account,
 * named in the refund's note). The return carries the store's return shipping option, priced at the
 * buyer's share (the refund is the lines less it; nothing when the seller is at fault). The part's
 * refunds grow by the returned goods' value, which lowers its commission base in the payout
 * statement, and its return shipping by what the seller pays; the buyer and the seller are told
 * (`seller_return.decided`, "refunded").
 * Each Medusa workflow undoes itself if a later one fails.
 */
export const receiveSellerReturnWorkflow = createWorkflow(
  receiveSellerReturnWorkflowId,
  (input: { id: string; by: "seller" | "admin"; actor_id?: string | null }) => {
    // One decision or receipt at a time per request: a double submit cannot refund twice.
    acquireLockStep({ key: transform({ input }, ({ input }) => `seller_return:${input.id}`), timeout: 30, ttl: 120 })
    const plan = planReturnReceiptStep(transform({ input }, ({ input }) => ({ id: input.id })))
    when({ plan }, ({ plan }) => !!plan.payment_id && plan.capture > 0).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ payment_id: plan.payment_id!, amount: plan.capture })),
      })
    })
    const change = beginReturnOrderWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({
        order_id: plan.order_id,
        location_id: plan.location_id,
        created_by: input.actor_id ?? undefined,
        metadata: { seller_return_id: plan.id },
      })),
    })
    const returnId = transform({ change }, ({ change }) => change.return_id as string)
    requestItemReturnWorkflow.runAsStep({
      input: transform({ returnId, plan }, ({ returnId, plan }) => ({ return_id: returnId, items: plan.items })),
    })
    // Sent back with the store's return shipping option: the buyer's share is its price on the return.
    when({ plan }, ({ plan }) => !!plan.shipping_option_id).then(() => {
      createReturnShippingMethodWorkflow.runAsStep({
        input: transform({ returnId, plan }, ({ returnId, plan }) => ({
          return_id: returnId,
          shipping_option_id: plan.shipping_option_id!,
          custom_amount: plan.buyer_shipping,
        })),
      })
    })
    confirmReturnRequestWorkflow.runAsStep({
      input: transform({ returnId, input }, ({ returnId, input }) => ({
        return_id: returnId,
        confirmed_by: input.actor_id ?? undefined,
      })),
    })
    beginReceiveReturnWorkflow.runAsStep({
      input: transform({ returnId, input }, ({ returnId, input }) => ({
        return_id: returnId,
        created_by: input.actor_id ?? undefined,
      })),
    })
    receiveItemReturnRequestWorkflow.runAsStep({
      input: transform({ returnId, plan }, ({ returnId, plan }) => ({ return_id: returnId, items: plan.items })),
    })
    confirmReturnReceiveWorkflow.runAsStep({
      input: transform({ returnId, input }, ({ returnId, input }) => ({
        return_id: returnId,
        confirmed_by: input.actor_id ?? undefined,
      })),
    })
    when({ plan }, ({ plan }) => !!plan.payment_id && plan.amount > 0).then(() => {
      refundPaymentWorkflow.runAsStep({
        input: transform({ plan, input }, ({ plan, input }) => ({
          payment_id: plan.payment_id!,
          amount: plan.amount,
          note: plan.note,
          created_by: input.actor_id ?? undefined,
        })),
      })
    })
    const refundIds = latestRefundStep(transform({ plan }, ({ plan }) => ({ payment_id: plan.payment_id })))
    updateSellerOrderStep(
      transform({ plan }, ({ plan }) => ({
        id: plan.part.id,
        data: { refunds: plan.part.refunds, return_shipping: plan.part.return_shipping },
      })),
    )
    const updated = transitionSellerReturnStep(
      transform({ plan, returnId, refundIds }, ({ plan, returnId, refundIds }) => ({
        id: plan.id,
        from: ["accepted" as const],
        action: "received",
        data: { status: "refunded", received_at: new Date(), return_id: returnId, refund_ids: refundIds },
      })),
    )
    emitEventStep({
      eventName: "seller_return.decided",
      data: transform({ updated }, ({ updated }) => ({
        id: updated.id,
        customer_id: updated.customer_id ?? null,
        seller_id: updated.seller_id,
        number: updated.number,
        decision: "refunded",
      })),
    })
    releaseLockStep({ key: transform({ input }, ({ input }) => `seller_return:${input.id}`) })
    return new WorkflowResponse(updated)
  },
)
