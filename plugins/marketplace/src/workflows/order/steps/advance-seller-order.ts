import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import type { SellerOrderStatus } from "../../../modules/seller/models"

/** Which statuses each action may start from. */
export const SELLER_ORDER_TRANSITIONS: Record<string, { from: SellerOrderStatus[]; to: SellerOrderStatus }> = {
  accept: { from: ["pending"], to: "accepted" },
  pack: { from: ["accepted"], to: "packed" },
  ship: { from: ["accepted", "packed"], to: "shipped" },
  deliver: { from: ["accepted", "shipped"], to: "delivered" },
  cancel: { from: ["pending", "accepted", "packed"], to: "cancelled" },
}

const PAST: Record<keyof typeof SELLER_ORDER_TRANSITIONS, string> = {
  accept: "accepted",
  pack: "packed",
  ship: "shipped",
  deliver: "delivered",
  cancel: "cancelled",
}

/** Refuses (400) an action the seller order's status does not allow. */
export const assertTransitionStep = createStep(
  "marketplace-assert-seller-order-transition",
  async (input: { id: string; action: keyof typeof SELLER_ORDER_TRANSITIONS }, { container }) => {
    const part = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSellerOrder(input.id)
    if (!SELLER_ORDER_TRANSITIONS[input.action].from.includes(part.status)) {
      throw invalid(
        "status",
        "seller_order_status",
        `an order part that is ${part.status} cannot be ${PAST[input.action]}`,
      )
    }
    return new StepResponse(part)
  },
)

/** Moves a seller order on; the compensation puts back the previous values. */
export const updateSellerOrderStep = createStep(
  "marketplace-update-seller-order",
  async (input: { id: string; data: Record<string, unknown> }, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const before = await service.retrieveSellerOrder(input.id)
    const updated = await service.updateSellerOrders({ id: input.id, ...input.data } as any)
    const restore = Object.fromEntries(Object.keys(input.data).map((key) => [key, (before as any)[key]]))
    return new StepResponse(updated, { id: input.id, ...restore })
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellerOrders(restore as any)
  },
)
