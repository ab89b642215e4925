import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Who bought an order: its customer (null for a guest whose account was never linked) and e-mail. */
export const orderBuyerStep = createStep(
  "marketplace-order-buyer",
  async (input: { order_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "customer_id", "email"],
      filters: { id: input.order_id },
    })
    const order = data[0] as { customer_id?: string | null; email?: string | null } | undefined
    return new StepResponse({ customer_id: order?.customer_id ?? null, email: order?.email ?? null })
  },
)
