import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVOKED_TOKEN_MODULE, type RevokedTokenModuleService } from "../../../../modules/revoked-token"
import { bearerToken, tokenExpiry } from "../../../utils/bearer-token"

/**
 * POST /auth/token/revoke with `Authorization: Bearer <token>` (any actor): signs that token out.
 * Medusa's JWTs are stateless and `DELETE /auth/session` only ends a cookie session, so sign-out
 * (the storefront's, the seller portal's) records the token here; every route then refuses it.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const token = bearerToken(req)!
  await req.scope.resolve<RevokedTokenModuleService>(REVOKED_TOKEN_MODULE).revoke(token, tokenExpiry(token))
  res.status(200).json({ revoked: true })
}
