import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../../../../modules/distributor"
import { presentCompany, presentMember } from "../../../../../../lib/present"
import { acceptInvitationWorkflow } from "../../../../../../workflows/distributor/workflows/accept-invitation"
import { signedInEmail } from "../../invitations"

/** POST /store/distributors/invitations/:id/accept → { company, member }: the signed-in invitee joins (404 for another's invitation). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const email = await signedInEmail(req)
  await acceptInvitationWorkflow(req.scope).run({
    input: { member_id: req.params.id, customer_id: req.auth_context.actor_id, email },
  })
  const member = await req.scope
    .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    .retrieveDistributorMember(req.params.id, { relations: ["company"] })
  res.json({ company: presentCompany((member as any).company), member: presentMember(member) })
}
