import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOcopCampaigns, presentStoreCampaign } from "../../../../lib/campaigns"

/** GET /store/ocop/campaigns → { campaigns }: the OCOP campaigns running now, newest first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const campaigns = await listOcopCampaigns(req.scope, { active: true })
  res.json({ campaigns: campaigns.map(presentStoreCampaign) })
}
