import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { presentCompany, presentMember } from "../../../lib/present"
import { registerCompanyWorkflow } from "../../../workflows/distributor/workflows/register-company"
import type { StoreRegisterCompanyType } from "./validators"

/** POST /store/distributors → 201 { company, member }: the signed-in customer registers a company (pending) and becomes its approver. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRegisterCompanyType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["id", "email"] })
  const { result } = await registerCompanyWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: customerId, email: customer.email },
  })
  res.status(201).json({ company: presentCompany(result.company), member: presentMember(result.member) })
}
