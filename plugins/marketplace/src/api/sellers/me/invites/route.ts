import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../lib/current-member"
import { createInviteWorkflow } from "../../../../workflows/seller/workflows/create-invite"
import type { SellerInviteType } from "../../validators"

/**
 * POST /sellers/me/invites (owner) { email, role: staff|accountant } → 201 { invite } with its token,
 * which the invitee accepts (POST /sellers/invites/accept) after registering an auth identity.
 */
export const POST = async (req: SellerRequest<SellerInviteType>, res: MedusaResponse) => {
  const { result } = await createInviteWorkflow(req.scope).run({
    input: { ...req.validatedBody, seller_id: req.member.seller_id },
  })
  res.status(201).json({
    invite: {
      id: result.id,
      email: result.email,
      role: result.role,
      token: result.token,
      expires_at: result.expires_at,
    },
  })
}
