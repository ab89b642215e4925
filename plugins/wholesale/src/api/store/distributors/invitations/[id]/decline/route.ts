import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../../../../modules/distributor"
import { pendingInvitations } from "../../invitations"

/** POST /store/distributors/invitations/:id/decline → { id, deleted }: the signed-in invitee says no (404 for another's invitation). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { invitations } = await pendingInvitations(req, req.params.id)
  await req.scope.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE).softDeleteDistributorMembers(invitations[0].id)
  res.json({ id: invitations[0].id, object: "distributor_invitation", deleted: true })
}
