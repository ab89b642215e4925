import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid, notFound } from "@ocop/plugin-ocop/errors"
import { orderPayment } from "../../../lib/returns/payment-method"
import { partsReturnability } from "../../../lib/returns/returnable"
import { returnSettlement, returnShippingOption } from "../../../lib/returns/return-shipping"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import type { RequestSellerReturnInput } from "../types"

/**
 * Refuses, before anything is written, a return the part does not allow: a part of another order
 * (404), not delivered or past its window, a request already in progress, a line not of this part
 * or more than was bought and not yet returned, a cash or transfer refund without a bank account.
 * Gives what the request records: its lines with their amounts, the return shipping and who pays it
 * (by the reason), the refund (the lines, less the shipping when the buyer pays it), how it is paid back.
 */
export const validateReturnRequestStep = createStep(
  "marketplace-validate-return-request",
  async (input: Omit<RequestSellerReturnInput, "photos">, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const [part] = await service.listSellerOrders({ id: input.seller_order_id, order_id: input.order_id }, { take: 1 })
    if (!part) throw notFound(`order part ${input.seller_order_id} not found`)
    const state = (await partsReturnability(container, [part])).get(part.id)!
    if (!state.delivered_at) {
      throw invalid("seller_order_id", "return_not_delivered", "only a delivered order part can be returned")
    }
    if (!state.in_window) {
      throw invalid(
        "seller_order_id",
        "return_window_over",
        `the return window of this order part ended on ${state.window_ends_at!.toISOString()}`,
      )
    }
    if (state.open_return_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `a return of this order part is already in progress (${state.open_return_id})`,
      )
    }
    const items = new Map(state.items.map((item) => [item.id, item]))
    const seen = new Set<string>()
    let goods = 0
    const lines = input.lines.map((line, index) => {
      const item = items.get(line.item_id)
      if (!item) throw invalid(`lines.${index}.item_id`, "return_line_unknown", "not a line of this order part")
      if (seen.has(line.item_id)) throw invalid(`lines.${index}.item_id`, "return_line_twice", "a line appears twice")
      seen.add(line.item_id)
      if (line.quantity > item.returnable) {
        throw invalid(
          `lines.${index}.quantity`,
          "return_quantity_above_bought",
          `at most ${item.returnable} of this line can be returned`,
        )
      }
      // The line's share of what was paid for it: the whole line comes to exactly its total.
      const amount = Math.round((item.total * line.quantity) / item.quantity)
      goods += amount
      return {
        item_id: item.id,
        quantity: line.quantity,
        title: item.title,
        variant_title: item.variant_title,
        unit_amount: item.unit_amount,
        amount,
      }
    })
    const payment = await orderPayment(container, input.order_id)
    const method = payment?.method ?? "cash_on_delivery"
    if (method !== "card" && !input.refund_account) {
      throw invalid(
        "refund_account",
        "refund_account_required",
        "a refund of a cash-on-delivery or bank-transfer order is paid to a bank account: give the bank, account number and holder",
      )
    }
    const option = await returnShippingOption(container)
    const settlement = returnSettlement({ goods, shipping: option?.amount ?? 0, reason: input.reason })
    return new StepResponse({
      seller_id: part.seller_id as string,
      number: part.number as string,
      lines,
      refund_amount: settlement.refund,
      return_shipping_amount: settlement.shipping,
      return_shipping_paid_by: settlement.paid_by,
      return_shipping_option_id: option?.id ?? null,
      payment_method: method,
      refund_account: method === "card" ? null : input.refund_account!,
      window_ends_at: state.window_ends_at!,
    })
  },
)
