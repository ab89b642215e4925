import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { readPreferences, savePreferences } from "../../../../../lib/preferences"
import type { SavePreferencesType } from "../../../../validators"

/** GET /sellers/me/notifications/preferences → { preferences }: the signed-in member's own e-mail choices. */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  res.json({ preferences: await readPreferences(req.scope, req.member.id, "seller") })
}

/** POST /sellers/me/notifications/preferences { email: { kind: boolean } } → { preferences } (the member's own). */
export const POST = async (req: SellerRequest<SavePreferencesType>, res: MedusaResponse) => {
  res.json({ preferences: await savePreferences(req.scope, req.member.id, "seller", req.validatedBody.email) })
}
