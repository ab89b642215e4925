import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCampaignsStep, createPromotionsStep } from "@medusajs/medusa/core-flows"
import { ruleTagValues, toTargetRules, type OcopCampaignRules } from "../../../lib/campaign-rules"
import { syncOcopProductTagsStep } from "../steps/sync-ocop-product-tags"
import { validateCampaignProducersStep } from "../steps/validate-campaign-producers"

export interface CreateOcopCampaignInput {
  name: string
  /** The campaign's slug: its landing page is /campaigns/<identifier>. */
  identifier: string
  description?: string | null
  starts_at: Date
  ends_at: Date
  /** Applied by this code; automatic (for every matching cart) without one. */
  code?: string | null
  discount: { type: "percentage" | "fixed"; value: number }
  /** Spend: the VND the campaign may give away; usage: how many orders may use it. */
  budget?: { type: "spend" | "usage"; limit: number } | null
  rules: OcopCampaignRules
}

/**
 * An OCOP campaign is a Medusa campaign (time box, budget) with one promotion whose target rules
 * are the OCOP rules as product tags (lib/ocop-tags.ts). The tags are brought up to date first, so
 * the campaign discounts what is certified now; later certificate events keep them true.
 */
export const createOcopCampaignWorkflow = createWorkflow("ocop-create-campaign", (input: CreateOcopCampaignInput) => {
  validateCampaignProducersStep(transform({ input }, ({ input }) => ({ producer_ids: input.rules.producer_ids })))

  const tags = syncOcopProductTagsStep(
    transform({ input }, ({ input }) => ({ ensure_values: ruleTagValues(input.rules).flat() })),
  )

  const campaigns = createCampaignsStep(
    transform({ input }, ({ input }) => [
      {
        name: input.name,
        campaign_identifier: input.identifier,
        description: input.description ?? null,
        starts_at: input.starts_at,
        ends_at: input.ends_at,
        budget: input.budget
          ? input.budget.type === "spend"
            ? { type: "spend" as const, limit: input.budget.limit, currency_code: "vnd" }
            : { type: "usage" as const, limit: input.budget.limit }
          : undefined,
      },
    ]),
  )

  const promotions = createPromotionsStep(
    transform({ input, tags, campaigns }, ({ input, tags, campaigns }) => [
      {
        code: input.code ?? input.identifier.toUpperCase(),
        is_automatic: !input.code,
        type: "standard" as const,
        status: "active" as const,
        campaign_id: campaigns[0].id,
        application_method: {
          type: input.discount.type,
          value: input.discount.value,
          target_type: "items" as const,
          // Spread over the matching lines only: a percentage off each, a fixed VND amount off their total.
          allocation: "across" as const,
          ...(input.discount.type === "fixed" ? { currency_code: "vnd" } : {}),
          target_rules: toTargetRules(input.rules, tags.tag_ids),
        },
      },
    ]),
  )

  return new WorkflowResponse(
    transform({ campaigns, promotions }, ({ campaigns, promotions }) => ({
      campaign_id: campaigns[0].id,
      promotion_id: promotions[0].id,
    })),
  )
})
