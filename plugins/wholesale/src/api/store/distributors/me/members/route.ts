import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveDistributor } from "../../../../../lib/distributor-context"
import { presentMember } from "../../../../../lib/present"
import { addMemberWorkflow } from "../../../../../workflows/distributor/workflows/add-member"
import type { StoreAddMemberType } from "../../validators"

/** POST /store/distributors/me/members { email, role, spending_limit? } → 201 { member } (approvers only). */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAddMemberType>, res: MedusaResponse) => {
  const { company } = await resolveDistributor(req, { roles: ["approver"] })
  const { result } = await addMemberWorkflow(req.scope).run({ input: { company_id: company.id, ...req.validatedBody } })
  res.status(201).json({ member: presentMember(result) })
}
