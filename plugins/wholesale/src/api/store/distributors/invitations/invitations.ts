import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../../modules/distributor"

/** The signed-in customer's e-mail (invitations are addressed to it). */
export async function signedInEmail(req: AuthenticatedMedusaRequest<any>) {
  const customer = await req.scope
    .resolve(Modules.CUSTOMER)
    .retrieveCustomer(req.auth_context.actor_id, { select: ["id", "email"] })
  return (customer.email ?? "").trim().toLowerCase()
}

/** The invitations waiting for the signed-in customer, with their companies. */
export async function pendingInvitations(req: AuthenticatedMedusaRequest<any>, id?: string) {
  const email = await signedInEmail(req)
  const invitations = await req.scope
    .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    .listDistributorMembers(
      { email, customer_id: null, ...(id ? { id } : {}) },
      { relations: ["company"], order: { created_at: "DESC" } },
    )
  if (id && !invitations.length) throw notFound(`invitation ${id} not found`)
  return { email, invitations: invitations as Record<string, any>[] }
}

export function presentInvitation(invitation: Record<string, any>) {
  return {
    id: invitation.id,
    role: invitation.role,
    spending_limit: invitation.spending_limit ?? null,
    company: {
      name: invitation.company.name,
      tax_code: invitation.company.tax_code,
      status: invitation.company.status,
    },
    created_at: invitation.created_at,
  }
}
