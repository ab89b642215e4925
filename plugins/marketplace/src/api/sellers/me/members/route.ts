import type { MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, type SellerModuleService } from "../../../../modules/seller"
import type { SellerRequest } from "../../../../lib/current-member"
import { presentMember } from "../../../../lib/present"

/** GET /sellers/me/members → { members, invites } (open invitations, without their tokens) */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const members = await service.listSellerMembers({ seller_id: req.member.seller_id }, { order: { created_at: "ASC" } })
  const invites = await service.listSellerInvites(
    { seller_id: req.member.seller_id, accepted_at: null },
    { select: ["id", "email", "role", "expires_at"], order: { created_at: "ASC" } },
  )
  res.json({ members: members.map(presentMember), invites })
}
