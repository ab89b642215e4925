import { randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITE_TTL_DAYS } from "../../../constants"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import type { MemberRole } from "../types"

/** An invitation with an unguessable token, valid for INVITE_TTL_DAYS. */
export const createInviteStep = createStep(
  "marketplace-create-invite",
  async (input: { seller_id: string; email: string; role: MemberRole }, { container }) => {
    const invite = await container.resolve<SellerModuleService>(SELLER_MODULE).createSellerInvites({
      ...input,
      email: input.email.toLowerCase(),
      token: randomBytes(24).toString("base64url"),
      expires_at: new Date(Date.now() + INVITE_TTL_DAYS * 24 * 3600 * 1000),
    })
    return new StepResponse(invite, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellerInvites(id)
  },
)
