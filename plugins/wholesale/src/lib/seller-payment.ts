import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { orderPayment, sellerReceiptActor } from "./order-payment"

/** A seller's view of its part's payment: the invoice data, the transfer reference, its amount and whether it confirmed receipt. */
export async function presentForSeller(container: Pick<MedusaContainer, "resolve">, part: Record<string, any>) {
  const payment = await orderPayment(container, part.order_id)
  const transfer = payment.bank_transfer
  const receipt = transfer?.receipts.find((r) => r.confirmed_by === sellerReceiptActor(part.seller_id))
  const operatorConfirmed = !!transfer && transfer.received >= transfer.amount
  return {
    vat_invoice: payment.vat_invoice,
    bank_transfer: transfer
      ? {
          reference: transfer.reference,
          part_amount: MathBN.convert(part.gross).toNumber(),
          received: receipt?.amount ?? null,
          confirmed_at: receipt?.confirmed_at ?? null,
          status: receipt || operatorConfirmed ? "received" : "awaiting_transfer",
        }
      : null,
  }
}
