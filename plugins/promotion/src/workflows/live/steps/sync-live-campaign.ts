import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { liveCampaignIdentifier } from "../../../lib/live-sessions"

type Window = { id: string; name: string; starts_at: Date | null; ends_at: Date | null }

/**
 * Keeps a session's campaign on the session's times (and title) when the event is edited: moved,
 * the session prices move with it. Compensation puts the campaign's times back.
 */
export const syncLiveCampaignStep = createStep(
  "ocop-sync-live-campaign",
  async (input: { event: { id: string; title: string; starts_at: Date; ends_at: Date } }, { container }) => {
    const promotions = container.resolve(Modules.PROMOTION)
    const [campaign] = await promotions.listCampaigns(
      { campaign_identifier: [liveCampaignIdentifier(input.event.id)] },
      { select: ["id", "name", "starts_at", "ends_at"], take: 1 },
    )
    if (!campaign) return new StepResponse(undefined, null)
    await promotions.updateCampaigns({
      id: campaign.id,
      name: input.event.title,
      starts_at: new Date(input.event.starts_at),
      ends_at: new Date(input.event.ends_at),
    })
    return new StepResponse(undefined, campaign as Window)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve(Modules.PROMOTION).updateCampaigns(previous)
  },
)
