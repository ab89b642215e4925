import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { resolveDistributor } from "./distributor-context"

/** The signed-in member of a verified distributor company asking for quotes (403 otherwise). */
export async function quoteRequester(req: AuthenticatedMedusaRequest) {
  const { company } = await resolveDistributor(req, { verified: true })
  return { customer_id: req.auth_context.actor_id, company_id: company.id as string }
}
