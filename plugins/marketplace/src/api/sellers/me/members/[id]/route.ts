import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { invalid, notFound } from "@ocop/plugin-ocop/errors"
import { SELLER_MODULE, type SellerModuleService } from "../../../../../modules/seller"
import type { SellerRequest } from "../../../../../lib/current-member"

/** DELETE /sellers/me/members/:id (owner) → { id, deleted }; the last owner cannot be removed. */
export const DELETE = async (req: SellerRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [member] = await service.listSellerMembers({ id: req.params.id, seller_id: req.member.seller_id }, { take: 1 })
  if (!member) throw notFound(`member ${req.params.id} not found`)
  if (member.id === req.member.id) throw invalid("id", "member", "you cannot remove yourself")
  if (member.role === "owner") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "an owner cannot be removed by another member")
  }
  await service.deleteSellerMembers(member.id)
  res.json({ id: member.id, object: "seller_member", deleted: true })
}
