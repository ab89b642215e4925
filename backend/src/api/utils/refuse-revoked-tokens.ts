import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVOKED_TOKEN_MODULE, type RevokedTokenModuleService } from "../../modules/revoked-token"
import { bearerToken } from "./bearer-token"

/**
 * A bearer token that was signed out (`POST /auth/token/revoke`) opens nothing any more, on any
 * route, including `/auth/token/refresh` (which would otherwise mint a fresh one from it).
 */
export async function refuseRevokedTokens(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const token = bearerToken(req)
  if (!token) return next()
  try {
    const revoked = await req.scope.resolve<RevokedTokenModuleService>(REVOKED_TOKEN_MODULE).isRevoked(token)
    if (revoked)
      return res.status(401).json({ type: "unauthorized", message: "This session has ended. Please sign in again." })
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * On a successful sign-in: the token handed out is usable even if an identical one was signed out
 * within the same second (see RevokedTokenModuleService.reissued). The answer waits for it.
 */
export function acceptReissuedTokens(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: { token?: unknown }) => {
    if (res.statusCode !== 200 || typeof body?.token !== "string") return json(body)
    req.scope
      .resolve<RevokedTokenModuleService>(REVOKED_TOKEN_MODULE)
      .reissued(body.token)
      .catch(() => undefined)
      .finally(() => json(body))
    return res
  }) as MedusaResponse["json"]
  next()
}
