import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { campaignProductIds, listOcopCampaigns, presentStoreCampaign } from "../../../../../lib/campaigns"

/**
 * GET /store/ocop/campaigns/:identifier → { campaign, product_ids }: a running or scheduled
 * campaign (an ended one is 404) and the products it discounts, best stars first.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const [campaign] = await listOcopCampaigns(req.scope, { identifier: req.params.identifier })
  if (!campaign || campaign.status === "ended") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No running OCOP campaign "${req.params.identifier}"`)
  }
  res.json({
    campaign: presentStoreCampaign(campaign),
    product_ids: await campaignProductIds(req.scope, campaign.rules),
  })
}
