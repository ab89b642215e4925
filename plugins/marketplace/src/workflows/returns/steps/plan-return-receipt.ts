import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { orderPayment } from "../../../lib/returns/payment-method"
import { sellingContext } from "../../../lib/selling-context"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

/**
 * What receiving an accepted return does, worked out before anything moves: the Medusa return of
 * its lines into the marketplace's stock location, and the refund of its amount on the order's
 * payment. A cash-on-delivery payment is only authorized in Medusa until it is captured: the cash
 * was collected at delivery, so the part of it being refunded is captured first, then refunded.
 */
export const planReturnReceiptStep = createStep(
  "marketplace-plan-return-receipt",
  async (input: { id: string }, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const request = await service.retrieveSellerReturn(input.id)
    if (request.status !== "accepted") {
      throw invalid("status", "seller_return_status", `a return that is ${request.status} cannot be received`)
    }
    const part = await service.retrieveSellerOrder(request.seller_order_id)
    const { location_id } = await sellingContext(container)
    const amount = MathBN.convert(request.refund_amount).toNumber()
    const payment = await orderPayment(container, request.order_id)
    const refundable = payment ? payment.captured - payment.refunded : 0
    const account = request.refund_account as { bank: string; account_number: string; holder: string } | null
    return new StepResponse({
      id: request.id,
      order_id: request.order_id,
      location_id,
      items: (request.lines as unknown as { item_id: string; quantity: number }[]).map((line) => ({
        id: line.item_id,
        quantity: line.quantity,
      })),
      amount,
      payment_id: payment?.id ?? null,
      capture: payment && payment.method !== "card" ? Math.max(amount - refundable, 0) : 0,
      note: account
        ? `Hoàn tiền trả hàng ${part.number}: chuyển khoản đến ${account.bank} ${account.account_number} (${account.holder})`
        : `Hoàn tiền trả hàng ${part.number}`,
      part: { id: part.id, refunds: MathBN.convert(part.refunds ?? 0).toNumber() },
    })
  },
)
