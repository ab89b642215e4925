import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "@ocop/plugin-ocop/errors"
import { readCart } from "../../../lib/cart-snapshot"
import { recordCompanyOnCart, voidIfChanged } from "../../../lib/spending-limit"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"

/**
 * Before an approver places the order: the cart is exactly the one sent for approval (else the
 * approval becomes void, 400), and it records the company it is placed for. Runs under the
 * checkout lock of the approval route.
 */
export const checkApprovedCartStep = createStep(
  "wholesale-check-approved-cart",
  async (input: { approval_id: string }, { container }) => {
    const approval = await container
      .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
      .retrieveOrderApproval(input.approval_id)
    const cart = await readCart(container, approval.cart_id)
    if (!cart) throw notFound(`cart ${approval.cart_id} not found`)
    await voidIfChanged(container, approval as any, cart)
    await recordCompanyOnCart(container, cart)
    return new StepResponse(cart.id)
  },
)
