import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { orderPayment } from "../../../lib/returns/payment-method"
import { sellingContext } from "../../../lib/selling-context"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

/**
 * What receiving an accepted return does, worked out before anything moves: the Medusa return of
 * its lines into the marketplace's stock location, sent with the return shipping option (its price
 * on the return is what the buyer pays of it: nothing when the seller pays), the refund of its amount
 * on the order's payment, and what the seller's part is charged: the returned goods' value, and the
 * return shipping when the seller pays it.
 *
 * A cash-on-delivery payment stays only authorized in Medusa (cards are captured at checkout, bank
 * transfers when the money is seen). The cash of a delivered part was collected at its delivery, so
 * before the return the payment is captured for what was delivered: the whole payment once every
 * part is delivered (shipping included), else the delivered parts' amounts. It must come first:
 * Medusa's return flow replaces an order's merely authorized payment collection with a new one.
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
    const parts = await service.listSellerOrders({ order_id: request.order_id }, { select: ["status", "gross"] })
    const delivered = parts.filter((p) => p.status === "delivered")
    const collected = payment
      ? parts.every((p) => p.status === "delivered" || p.status === "cancelled")
        ? payment.amount
        : Math.min(
            delivered.reduce((sum, p) => sum + MathBN.convert(p.gross).toNumber(), 0),
            payment.amount,
          )
      : 0
    const account = request.refund_account as { bank: string; account_number: string; holder: string } | null
    const lines = request.lines as unknown as { item_id: string; quantity: number; amount: number }[]
    const goods = lines.reduce((sum, line) => sum + Number(line.amount ?? 0), 0)
    const shipping = MathBN.convert(request.return_shipping_amount ?? 0).toNumber()
    const sellerPays = request.return_shipping_paid_by === "seller"
    return new StepResponse({
      id: request.id,
      order_id: request.order_id,
      location_id,
      items: lines.map((line) => ({ id: line.item_id, quantity: line.quantity })),
      amount,
      shipping_option_id: (request.return_shipping_option_id as string | null) ?? null,
      /** The return shipping method's price on Medusa's return: the buyer's share (deducted from the refund). */
      buyer_shipping: sellerPays ? 0 : Math.max(goods - amount, 0),
      payment_id: payment?.id ?? null,
      capture: payment && payment.method === "cash_on_delivery" ? Math.max(collected - payment.captured, 0) : 0,
      note: account
        ? `Hoàn tiền trả hàng ${part.number}: chuyển khoản đến ${account.bank} ${account.account_number} (${account.holder})`
        : `Hoàn tiền trả hàng ${part.number}`,
      part: {
        id: part.id,
        refunds: MathBN.convert(part.refunds ?? 0).toNumber() + goods,
        return_shipping: MathBN.convert(part.return_shipping ?? 0).toNumber() + (sellerPays ? shipping : 0),
      },
    })
  },
)
