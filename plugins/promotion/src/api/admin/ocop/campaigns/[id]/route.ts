import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { campaignProductIds, listOcopCampaigns } from "../../../../../lib/campaigns"

/** GET /admin/ocop/campaigns/:id → { campaign (budget: type, limit, used, remaining), product_count } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [campaign] = await listOcopCampaigns(req.scope, { id: req.params.id })
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No OCOP campaign with id ${req.params.id}`)
  res.json({ campaign, product_count: (await campaignProductIds(req.scope, campaign.rules)).length })
}
