import { ContainerRegistrationKeys, MedusaError, PromotionActions } from "@medusajs/framework/utils"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { formatVnDateTime } from "../../lib/vn-time"

type CodeRow = {
  code: string
  campaign?: { name: string; starts_at: string | Date | null; ends_at: string | Date | null } | null
}

/**
 * A code entered outside its campaign's dates is refused with the reason and the dates (Medusa alone
 * accepts the request and silently applies nothing, since only active campaigns are computed).
 * Only codes being added are checked: a cart refresh (REPLACE) simply drops an ended campaign.
 */
updateCartPromotionsWorkflow.hooks.validate(async ({ input }, { container }) => {
  const action = (input as { action?: string }).action ?? PromotionActions.ADD
  const codes = (input as { promo_codes?: string[] }).promo_codes ?? []
  if (action !== PromotionActions.ADD || !codes.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "promotion",
    fields: ["code", "campaign.name", "campaign.starts_at", "campaign.ends_at"],
    filters: { code: codes },
  })
  const now = new Date()
  for (const { code, campaign } of data as CodeRow[]) {
    if (!campaign) continue
    if (campaign.starts_at && new Date(campaign.starts_at) > now) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The promotion code ${code} is not valid yet: the campaign "${campaign.name}" starts on ${formatVnDateTime(new Date(campaign.starts_at))} (Vietnam time).`,
      )
    }
    if (campaign.ends_at && new Date(campaign.ends_at) <= now) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The promotion code ${code} has expired: the campaign "${campaign.name}" ended on ${formatVnDateTime(new Date(campaign.ends_at))} (Vietnam time).`,
      )
    }
  }
})
