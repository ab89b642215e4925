import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../modules/distributor"
import { readCart, sameSnapshot, type CartState } from "./cart-snapshot"
import { findDistributor } from "./distributor-context"

type Container = Pick<MedusaContainer, "resolve">

type Member = { role: string; spending_limit: number | null }

/** Whether the member's orders are bound by a spending limit: a buyer with a limit. */
function hasLimit(member: Member) {
  return member.role === "buyer" && member.spending_limit !== null
}

/** Whether a buyer's cart is above its spending limit (a member without a limit, or not a buyer, never is). */
export function aboveLimit(member: Member, total: number) {
  return hasLimit(member) && total > member.spending_limit!
}

/** The cart metadata key that records the distributor company an order was placed for (the order keeps the cart's metadata). */
export const COMPANY_METADATA_KEY = "distributor_company_id"

/**
 * Records on the cart the verified company its customer places it for, as a member now; the
 * company's order export lists exactly these orders. A cart of someone who is not (or no longer)
 * a member of a verified company loses the mark.
 */
export async function recordCompanyOnCart(container: Container, cart: CartState) {
  const distributor = cart.customer_id ? await findDistributor(container, cart.customer_id) : null
  const companyId = distributor?.company.status === "verified" ? (distributor.company.id as string) : null
  if ((cart.metadata?.[COMPANY_METADATA_KEY] ?? null) === companyId) return
  const metadata = { ...(cart.metadata ?? {}), [COMPANY_METADATA_KEY]: companyId }
  await container.resolve(Modules.CART).updateCarts(cart.id, { metadata })
}

/**
 * Voids the approval of a cart that no longer matches what was sent (400 then): the buyer asks
 * again, and the approver sees the new cart.
 */
export async function voidIfChanged(
  container: Container,
  approval: { id: string; snapshot: unknown },
  cart: CartState,
) {
  if (sameSnapshot(approval.snapshot as any, cart.snapshot)) return
  await container
    .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    .updateOrderApprovals({ id: approval.id, status: "void" })
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "approval_void: the cart changed after it was sent for approval, so the approval no longer holds: send the cart for approval again",
  )
}

/**
 * What cart completion checks, called under the checkout lock (the backend's completion middleware):
 * a distributor buyer's cart above its spending limit is placed only with an approval of exactly
 * this cart (403 otherwise: send it to an approver, POST /store/distributors/me/approvals), and the
 * cart records the company it is placed for.
 */
export async function checkCartCompletion(container: Container, cartId: string) {
  const cart = await readCart(container, cartId)
  if (!cart || cart.completed || !cart.customer_id) return
  const distributor = await findDistributor(container, cart.customer_id)
  if (distributor && hasLimit(distributor.member) && aboveLimit(distributor.member, cart.snapshot.total)) {
    const [approval] = await container
      .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
      .listOrderApprovals({ cart_id: cart.id, status: "approved" }, { select: ["id", "snapshot"], take: 1 })
    if (!approval) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `spending_limit: the order total ${cart.snapshot.total} ₫ is above your spending limit of ${distributor.member.spending_limit} ₫: send it to an approver (POST /store/distributors/me/approvals)`,
      )
    }
    await voidIfChanged(container, approval as any, cart)
  }
  await recordCompanyOnCart(container, cart)
}
