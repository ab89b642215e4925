import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readPreferences, savePreferences } from "../../../../../lib/preferences"
import type { SavePreferencesType } from "../../../../validators"

/** GET /store/ocop/notifications/preferences → { preferences: [{ kind, email, default }] }. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ preferences: await readPreferences(req.scope, req.auth_context.actor_id, "customer") })
}

/** POST /store/ocop/notifications/preferences { email: { kind: boolean } } → { preferences }. */
export const POST = async (req: AuthenticatedMedusaRequest<SavePreferencesType>, res: MedusaResponse) => {
  const preferences = await savePreferences(req.scope, req.auth_context.actor_id, "customer", req.validatedBody.email)
  res.json({ preferences })
}
