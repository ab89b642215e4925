import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"

type Container = Pick<MedusaContainer, "resolve">

export type ReturnPaymentMethod = "card" | "cash_on_delivery" | "bank_transfer"

/** The order's payment (the first one not cancelled), how it was paid, and what was captured and refunded of it. */
export interface OrderPayment {
  id: string
  method: ReturnPaymentMethod
  amount: number
  captured: number
  refunded: number
}

/** How a payment provider's money comes back: a card through its provider, the rest by a transfer to the buyer. */
export function paymentMethodOf(providerId: string | null | undefined): ReturnPaymentMethod {
  if (providerId?.startsWith("pp_stripe")) return "card"
  if (providerId?.startsWith("pp_bank-transfer")) return "bank_transfer"
  return "cash_on_delivery"
}

const sum = (rows: { amount?: unknown }[] | null | undefined) =>
  (rows ?? []).reduce((total, row) => total + MathBN.convert((row.amount as any) ?? 0).toNumber(), 0)

export async function orderPayment(container: Container, orderId: string): Promise<OrderPayment | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  const payments = ((data[0] as any)?.payment_collections ?? []).flatMap((c: any) => c.payments ?? [])
  const payment = payments.find((p: any) => !p.canceled_at)
  if (!payment) return null
  return {
    id: payment.id,
    method: paymentMethodOf(payment.provider_id),
    amount: MathBN.convert(payment.amount ?? 0).toNumber(),
    captured: sum(payment.captures),
    refunded: sum(payment.refunds),
  }
}
