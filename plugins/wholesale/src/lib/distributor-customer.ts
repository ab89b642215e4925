import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { resolveDistributor } from "./distributor-context"

/** Members who may ask for, accept or decline quotes (an accountant only reads them). */
const QUOTING_ROLES = ["buyer", "approver"]

/** The signed-in member of a verified distributor company asking for or deciding on quotes (403 otherwise). */
export async function quoteRequester(req: AuthenticatedMedusaRequest) {
  const { company } = await resolveDistributor(req, { verified: true, roles: QUOTING_ROLES })
  return { customer_id: req.auth_context.actor_id, company_id: company.id as string }
}

/** Whose quotes the signed-in member sees: its company's, whichever member asked (403 for a non-member). */
export async function quoteViewer(req: AuthenticatedMedusaRequest) {
  const { company } = await resolveDistributor(req)
  return { company_id: company.id as string }
}
