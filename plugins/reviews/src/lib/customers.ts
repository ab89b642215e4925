import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** The signed-in customer's id and name (401 without one). */
export async function signedInCustomer(req: AuthenticatedMedusaRequest<any>) {
  const id = req.auth_context?.actor_id
  if (!id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized: sign in as a customer")
  const [customer] = await req.scope
    .resolve(Modules.CUSTOMER)
    .listCustomers({ id }, { select: ["id", "first_name", "last_name"], take: 1 })
  if (!customer) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized: sign in as a customer")
  return customer
}
