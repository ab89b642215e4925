import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../modules/distributor"
import { findDistributor } from "./distributor-context"

type Container = Pick<MedusaContainer, "resolve">

/** A cart's customer and total (integer VND). */
export async function cartTotal(container: Container, cartId: string) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: ["id", "customer_id", "total", "completed_at"], filters: { id: cartId } })
  const cart = data[0] as any
  return cart ? { id: cart.id as string, customer_id: (cart.customer_id ?? null) as string | null, total: Number(cart.total ?? 0), completed: !!cart.completed_at } : null
}

type Member = { role: string; spending_limit: number | null }

/** Whether the member's orders are bound by a spending limit: a buyer with a limit. */
function hasLimit(member: Member) {
  return member.role === "buyer" && member.spending_limit !== null
}

/** Whether a buyer's cart is above its spending limit (a member without a limit, or not a buyer, never is). */
export function aboveLimit(member: Member, total: number) {
  return hasLimit(member) && total > member.spending_limit!
}

/**
 * Middleware on cart completion: a distributor buyer's cart above its spending limit is not placed
 * (403) unless an approver approved it; it goes to an approver instead (POST /store/distributors/me/approvals).
 */
export async function requireApprovalAboveLimit(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    // The cart's total reads every line: computed only for a buyer bound by a limit
    const { data } = await req.scope
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "cart", fields: ["id", "customer_id", "completed_at"], filters: { id: req.params.id } })
    const owner = data[0] as { customer_id: string | null; completed_at: unknown } | undefined
    if (!owner?.customer_id || owner.completed_at) return next()
    const distributor = await findDistributor(req.scope, owner.customer_id)
    if (!distributor || !hasLimit(distributor.member)) return next()
    const cart = (await cartTotal(req.scope, req.params.id))!
    if (!aboveLimit(distributor.member, cart.total)) return next()
    const [approval] = await req.scope
      .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
      .listOrderApprovals({ cart_id: cart.id, status: "approved" }, { select: ["id"], take: 1 })
    if (approval) return next()
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `spending_limit: the order total ${cart.total} ₫ is above your spending limit of ${distributor.member.spending_limit} ₫: send it to an approver (POST /store/distributors/me/approvals)`
    )
  } catch (error) {
    next(error)
  }
}
