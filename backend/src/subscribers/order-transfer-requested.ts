import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Medusa's order transfer only records a token: this sends it to the address the order was placed
 * with, so that only the owner of that e-mail can add the order to an account. The link opens the
 * storefront's claim page, which accepts the transfer.
 */
export default async function sendOrderTransferLink({
  event,
  container,
}: SubscriberArgs<{ id: string; order_change_id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: changes } = await query.graph({
    entity: "order_change",
    fields: ["id", "order_id", "actions.action", "actions.details", "order.display_id"],
    filters: { id: event.data.order_change_id },
  })
  const change = changes[0] as any
  const action = change?.actions?.find((a: any) => a.action === "TRANSFER_CUSTOMER")
  const token = action?.details?.token
  const email = action?.details?.original_email
  if (!token || !email) return
  const storefront = process.env.STOREFRONT_URL ?? "http://localhost:3000"
  const link = `${storefront}/account/orders/claim?order=${encodeURIComponent(change.order_id)}&token=${encodeURIComponent(token)}`
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: "order-transfer-requested",
    idempotency_key: `order-transfer-${change.id}`,
    data: { order_id: change.order_id, display_id: change.order?.display_id, token, link },
  })
}

export const config: SubscriberConfig = { event: "order.transfer_requested" }
