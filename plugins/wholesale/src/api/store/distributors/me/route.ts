import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveDistributor } from "../../../../lib/distributor-context"
import { presentCompany, presentMember } from "../../../../lib/present"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../../modules/distributor"

/** GET /store/distributors/me → { company, member, members } (members: for approvers; others see themselves). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company, member } = await resolveDistributor(req)
  const members =
    member.role === "approver"
      ? await req.scope
          .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
          .listDistributorMembers({ company_id: company.id }, { order: { created_at: "ASC" } })
      : [member]
  res.json({ company: presentCompany(company), member: presentMember(member), members: members.map(presentMember) })
}
