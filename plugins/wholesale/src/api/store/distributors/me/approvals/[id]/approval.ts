import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { notFound } from "@ocop/plugin-ocop/errors"
import { resolveDistributor } from "../../../../../../lib/distributor-context"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../../../../modules/distributor"

/** The approval `:id` of the approver's company (another company's looks missing: 404), with the approver. */
export async function approvalToDecide(req: AuthenticatedMedusaRequest<any>) {
  const { company, member } = await resolveDistributor(req, { verified: true, roles: ["approver"] })
  const [approval] = await req.scope
    .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    .listOrderApprovals({ id: req.params.id, company_id: company.id }, { take: 1 })
  if (!approval) throw notFound(`approval ${req.params.id} not found`)
  return { approval, member }
}
