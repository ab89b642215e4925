import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestOrderTransferWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Orders placed as a guest with the signed-in customer's e-mail. They join the account only once
 * the person proves the address is theirs: the claim asks Medusa's order transfer for each order
 * (`requestOrderTransferWorkflow`), whose token goes to that e-mail address (see the
 * order-transfer-requested subscriber); the link in it accepts the transfer
 * (`POST /store/orders/:id/transfer/accept`). Until then only how many there are is shown, never
 * what they hold: registering with somebody else's address reveals nothing.
 */
async function guestOrdersOf(req: AuthenticatedMedusaRequest) {
  const customerId = req.auth_context.actor_id
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["id", "email"] })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "status", "customer_id", "customer.has_account"],
    filters: { email: customer.email },
  })
  return {
    customerId,
    orders: orders.filter(
      (order: any) => order.customer_id !== customerId && order.status !== "canceled" && !order.customer?.has_account,
    ),
  }
}

/** GET /store/customers/me/guest-orders → { count }. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { orders } = await guestOrdersOf(req)
  res.json({ count: orders.length })
}

/** POST /store/customers/me/guest-orders → { requested }: a link for each order goes to the e-mail address. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { customerId, orders } = await guestOrdersOf(req)
  let requested = 0
  for (const order of orders) {
    try {
      await requestOrderTransferWorkflow(req.scope).run({
        input: { order_id: order.id, customer_id: customerId, logged_in_user: customerId },
      })
      requested += 1
    } catch {
      // A transfer already waits for this order (its e-mail was sent before): nothing new to send.
    }
  }
  res.status(202).json({ requested, count: orders.length })
}
