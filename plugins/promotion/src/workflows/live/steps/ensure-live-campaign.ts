import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { liveCampaignIdentifier } from "../../../lib/live-sessions"

/**
 * The session's Medusa campaign (created with the first session price): its starts_at/ends_at are
 * the session's, so Medusa applies the session's automatic promotions only while it runs.
 * Compensation deletes a campaign this step created.
 */
export const ensureLiveCampaignStep = createStep(
  "ocop-ensure-live-campaign",
  async (input: { event: { id: string; title: string; starts_at: Date; ends_at: Date } }, { container }) => {
    const promotions = container.resolve(Modules.PROMOTION)
    const identifier = liveCampaignIdentifier(input.event.id)
    const [found] = await promotions.listCampaigns({ campaign_identifier: [identifier] }, { select: ["id"], take: 1 })
    if (found) return new StepResponse(found.id, null)
    const [created] = await promotions.createCampaigns([
      {
        name: input.event.title,
        campaign_identifier: identifier,
        description: "Live session prices",
        starts_at: new Date(input.event.starts_at),
        ends_at: new Date(input.event.ends_at),
      },
    ])
    return new StepResponse(created.id, created.id)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve(Modules.PROMOTION).deleteCampaigns([createdId])
  },
)
