import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { programmeStats } from "../../../../lib/programme-stats"

/** GET /admin/ocop/programme → the programme dashboard's figures (lib/programme-stats.ts). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await programmeStats(req.scope))
}
