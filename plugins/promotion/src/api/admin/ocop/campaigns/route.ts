import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOcopCampaigns } from "../../../../lib/campaigns"
import { createOcopCampaignWorkflow } from "../../../../workflows/campaigns/workflows/create-ocop-campaign"
import type { AdminCreateOcopCampaignType } from "./validators"

/** GET /admin/ocop/campaigns?limit=&offset= → { campaigns (with budget usage), count, limit, offset } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { skip, take } = req.queryConfig.pagination as { skip: number; take: number }
  const campaigns = await listOcopCampaigns(req.scope)
  res.json({ campaigns: campaigns.slice(skip, skip + take), count: campaigns.length, limit: take, offset: skip })
}

/** POST /admin/ocop/campaigns → 201 { campaign } */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateOcopCampaignType>, res: MedusaResponse) => {
  const { result } = await createOcopCampaignWorkflow(req.scope).run({ input: req.validatedBody })
  const [campaign] = await listOcopCampaigns(req.scope, { id: result.campaign_id })
  res.status(201).json({ campaign })
}
