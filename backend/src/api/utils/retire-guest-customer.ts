import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteCustomersWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Around Medusa's `POST /store/orders/:id/transfer/accept`: once the last order of a guest customer
 * has moved to its owner's account, the guest record goes too, so that one person is one customer
 * for that e-mail (Medusa lets an account and a guest share an e-mail, and keeps both).
 */
export async function retireGuestCustomer(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "customer.has_account"],
      filters: { id: req.params.id },
    })
    const order = data[0] as any
    const guestId: string | undefined =
      order && order.customer && !order.customer.has_account ? order.customer_id : undefined
    if (guestId) {
      res.once("finish", () => {
        if (res.statusCode !== 200) return
        deleteIfNoOrders(req.scope, guestId).catch((error) =>
          req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Guest customer ${guestId} kept: ${error?.message}`),
        )
      })
    }
    next()
  } catch (error) {
    next(error)
  }
}

async function deleteIfNoOrders(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { customer_id: customerId } })
  if (data.length === 0) await deleteCustomersWorkflow(container).run({ input: { ids: [customerId] } })
}
