import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "@ocop/plugin-marketplace/modules/seller"
import { orderPayment, sellerReceiptActor } from "../../../lib/order-payment"

export interface PrepareReceiptInput {
  order_id: string
  /** A seller confirming the money for its part; absent for the operator (the whole remainder). */
  seller_id?: string
  captured_by: string
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * What a confirmation of receipt captures (reads only): a seller its part's gross, plus the
 * shipping when it is the last part still open; the operator everything not yet received.
 * Refuses an order not paid by bank transfer, a part already confirmed, a cancelled part.
 */
export const prepareReceiptStep = createStep(
  "wholesale-prepare-bank-transfer-receipt",
  async (input: PrepareReceiptInput, { container }) => {
    const payment = await orderPayment(container, input.order_id)
    const transfer = payment.bank_transfer
    if (!transfer) throw invalid(`order ${input.order_id} is not paid by bank transfer`)
    const remaining = transfer.amount - transfer.received
    if (remaining <= 0) throw invalid(`the transfer for order ${input.order_id} has already been received in full`)
    if (!input.seller_id)
      return new StepResponse({ payment_id: transfer.payment_id, amount: remaining, captured_by: input.captured_by })

    const parts = await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .listSellerOrders({ order_id: input.order_id })
    const own = parts.find((part) => part.seller_id === input.seller_id)
    if (!own) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${input.order_id} not found`)
    if (own.status === "cancelled") throw invalid("this part of the order is cancelled: there is no payment to confirm")
    const confirmed = new Set(transfer.receipts.map((receipt) => receipt.confirmed_by))
    if (confirmed.has(sellerReceiptActor(own.seller_id)))
      throw invalid("the transfer for this part has already been confirmed")
    const othersOpen = parts.some(
      (part) => part.id !== own.id && part.status !== "cancelled" && !confirmed.has(sellerReceiptActor(part.seller_id)),
    )
    const amount = Math.min(
      remaining,
      MathBN.convert(own.gross as any).toNumber() + (othersOpen ? 0 : payment.shipping_total),
    )
    return new StepResponse({ payment_id: transfer.payment_id, amount, captured_by: sellerReceiptActor(own.seller_id) })
  },
)
