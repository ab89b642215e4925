import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentMember } from "../../../../lib/present"
import { acceptInviteWorkflow } from "../../../../workflows/seller/workflows/accept-invite"
import type { SellerAcceptInviteType } from "../../validators"

/** POST /sellers/invites/accept (registration token) { token } → { member }; then log in again. */
export const POST = async (req: AuthenticatedMedusaRequest<SellerAcceptInviteType>, res: MedusaResponse) => {
  const { result } = await acceptInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, auth_identity_id: req.auth_context.auth_identity_id! },
  })
  res.json({ member: presentMember(result) })
}
