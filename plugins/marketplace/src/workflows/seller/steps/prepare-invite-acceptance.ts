import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { SELLER_ACTOR } from "../../../constants"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import type { AcceptInviteInput } from "../types"

/** The invitation behind a token, if still open, for an auth identity not yet bound to a member. */
export const prepareInviteAcceptanceStep = createStep(
  "marketplace-prepare-invite-acceptance",
  async (input: AcceptInviteInput, { container }) => {
    const [invite] = await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .listSellerInvites(
        { token: input.token },
        { select: ["id", "email", "role", "seller_id", "expires_at", "accepted_at"], take: 1 },
      )
    if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, "token: no invitation with this token")
    if (invite.accepted_at) throw invalid("token", "invite", "this invitation was already accepted")
    if (new Date(invite.expires_at).getTime() < Date.now())
      throw invalid("token", "invite", "this invitation has expired: ask for a new one")
    const identity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.[`${SELLER_ACTOR}_id`])
      throw invalid("token", "invite", "this account already belongs to a seller")
    return new StepResponse(invite)
  },
)
