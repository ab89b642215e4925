import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, type SellerModuleService } from "../../modules/seller"
import { presentMember, presentSeller } from "../../lib/present"
import { registerSellerWorkflow } from "../../workflows/seller/workflows/register-seller"
import type { SellerRegistrationType } from "./validators"

/**
 * POST /sellers (registration token from POST /auth/seller/emailpass/register) → 201 { seller, member }.
 * The seller is pending until an operator approves it; log in again for a token carrying the member.
 */
export const POST = async (req: AuthenticatedMedusaRequest<SellerRegistrationType>, res: MedusaResponse) => {
  const { result } = await registerSellerWorkflow(req.scope).run({
    input: { ...req.validatedBody, auth_identity_id: req.auth_context.auth_identity_id! },
  })
  const service = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  res.status(201).json({ seller: presentSeller(service, result.seller), member: presentMember(result.member) })
}
