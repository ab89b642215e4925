import { ContainerRegistrationKeys, OrderStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

/**
 * On a cancellation: whether every line of the Medusa order is in a cancelled seller part (and the order is still
 * open): then the order itself is cancelled. Lines no seller owns keep the order alive.
 */
export const orderFullyCancelledStep = createStep(
  "marketplace-order-fully-cancelled",
  async (input: { order_id: string; cancelling: boolean }, { container }) => {
    if (!input.cancelling) return new StepResponse(false)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "status", "items.id"],
      filters: { id: input.order_id },
    })
    const order = data[0] as { status: string; items?: { id: string }[] } | undefined
    if (!order || order.status === OrderStatus.CANCELED) return new StepResponse(false)
    const parts = await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .listSellerOrders({ order_id: input.order_id })
    const cancelled = new Set(
      parts.filter((part) => part.status === "cancelled").flatMap((part) => part.item_ids as unknown as string[]),
    )
    return new StepResponse((order.items ?? []).every((item) => cancelled.has(item.id)))
  },
)
