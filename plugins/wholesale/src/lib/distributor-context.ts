import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../modules/distributor"
import type { DistributorRole } from "../modules/distributor/models"

export interface DistributorContext {
  company: Record<string, any>
  member: Record<string, any> & {
    id: string
    role: DistributorRole
    customer_id: string
    spending_limit: number | null
  }
}

type Container = Pick<MedusaContainer, "resolve">

/** The distributor company a customer acts for, and its membership; null when it is none. */
export async function findDistributor(container: Container, customerId: string): Promise<DistributorContext | null> {
  const service = container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
  const [member] = await service.listDistributorMembers(
    { customer_id: customerId },
    { relations: ["company"], take: 1 },
  )
  if (!member) return null
  const { company, ...rest } = member as any
  return { company, member: rest }
}

/**
 * The signed-in customer's distributor company and membership. 403 (MedusaError FORBIDDEN: Medusa
 * answers NOT_ALLOWED with a 400) naming the reason
 * when the customer is not a member, the company is not verified (with `verified`), or the member's
 * role is not one of `roles`.
 */
export async function resolveDistributor(
  req: AuthenticatedMedusaRequest,
  opts: { verified?: boolean; roles?: string[] } = {},
): Promise<DistributorContext> {
  const customerId = req.auth_context?.actor_id
  if (!customerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized: sign in as a customer")
  const found = await findDistributor(req.scope, customerId)
  if (!found) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "this account is not a member of a distributor company: register one or ask to be invited",
    )
  }
  if (opts.verified && found.company.status !== "verified") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `distributor company ${found.company.name} is ${found.company.status}, not verified: wholesale needs an operator's verification`,
    )
  }
  if (opts.roles && !opts.roles.includes(found.member.role)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `role ${found.member.role} cannot do this: it needs ${opts.roles.join(" or ")}`,
    )
  }
  return found
}
