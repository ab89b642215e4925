import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentCompany, presentMember } from "../../../../lib/present"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../../modules/distributor"

/** GET /admin/distributors/:id → { distributor: company + members } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const company = await req.scope
    .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    .retrieveDistributorCompany(req.params.id, { relations: ["members"] })
  res.json({ distributor: { ...presentCompany(company), members: (company.members ?? []).map(presentMember) } })
}
