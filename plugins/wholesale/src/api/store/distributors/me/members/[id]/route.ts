import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invalid, notFound } from "@ocop/plugin-ocop/errors"
import { UNVERIFIED_COMPANY_RULE, unverifiedMayGrant } from "../../../../../../lib/company-powers"
import { resolveDistributor } from "../../../../../../lib/distributor-context"
import { presentMember } from "../../../../../../lib/present"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../../../../modules/distributor"
import { removeMemberWorkflow } from "../../../../../../workflows/distributor/workflows/remove-member"
import type { StoreUpdateMemberType } from "../../../validators"

/** Another company's member looks like a missing one (404). */
async function ownMember(req: AuthenticatedMedusaRequest<any>) {
  const { company, member: me } = await resolveDistributor(req, { roles: ["approver"] })
  const [member] = await req.scope
    .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    .listDistributorMembers({ id: req.params.id, company_id: company.id }, { take: 1 })
  if (!member) throw notFound(`member ${req.params.id} not found`)
  return { company, me, member }
}

/** POST /store/distributors/me/members/:id { role?, spending_limit? } → { member } (approvers only). */
export const POST = async (req: AuthenticatedMedusaRequest<StoreUpdateMemberType>, res: MedusaResponse) => {
  const { company, me, member } = await ownMember(req)
  const role = req.validatedBody.role ?? member.role
  if (member.id === me.id && role !== "approver")
    throw invalid("role", "last_approver", "an approver cannot change their own role")
  const limit =
    req.validatedBody.spending_limit === undefined ? member.spending_limit : req.validatedBody.spending_limit
  if (company.status !== "verified" && !unverifiedMayGrant({ role, spending_limit: role === "buyer" ? limit : null })) {
    throw invalid(
      "role",
      UNVERIFIED_COMPANY_RULE,
      "a company that is not verified yet cannot appoint approvers or set spending limits",
    )
  }
  const updated = await req.scope
    .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    .updateDistributorMembers({ id: member.id, role, spending_limit: role === "buyer" ? limit : null })
  res.json({ member: presentMember(updated) })
}

/** DELETE /store/distributors/me/members/:id → { id, deleted } (approvers only; not oneself). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { me, member } = await ownMember(req)
  if (member.id === me.id) throw invalid("id", "self", "an approver cannot remove themselves")
  await removeMemberWorkflow(req.scope).run({ input: { member_id: member.id, customer_id: member.customer_id } })
  res.json({ id: member.id, object: "distributor_member", deleted: true })
}
