import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPromotionsStep, deletePromotionsStep } from "@medusajs/medusa/core-flows"
import { generateEntityId } from "@medusajs/framework/utils"
import { ensureLiveCampaignStep } from "../steps/ensure-live-campaign"
import { prepareLivePinStep, type LivePinRequest } from "../steps/prepare-live-pin"
import { writeLivePinStep } from "../steps/write-live-pin"

/** Fixed reductions apply to at most this many units of a line (Medusa needs a bound for per-unit amounts). */
const MAX_UNITS_PER_LINE = 999

/**
 * Pins a product on a live session, with its session price: a Medusa automatic promotion in the
 * session's campaign (whose dates are the session's) targeting this product only, so carts holding
 * it get the price while the session runs and not before or after. Pinning again replaces the
 * price (a new promotion, the old one deleted); each step is compensated.
 */
export const pinLiveProductWorkflow = createWorkflow("ocop-pin-live-product", (input: LivePinRequest) => {
  const prepared = prepareLivePinStep(input)
  const campaignId = when("ocop-live-pin-priced", { prepared }, ({ prepared }) => !!prepared.discount).then(() =>
    ensureLiveCampaignStep(transform({ prepared }, ({ prepared }) => ({ event: prepared.event }))),
  )
  const promotions = when("ocop-live-pin-promotion", { prepared }, ({ prepared }) => !!prepared.discount).then(() =>
    createPromotionsStep(
      transform({ prepared, campaignId }, ({ prepared, campaignId }) => {
        const discount = prepared.discount!
        return [
          {
            code: generateEntityId("", "LIVE").toUpperCase(),
            type: "standard" as const,
            status: "active" as const,
            is_automatic: true,
            // Shelf prices include VAT: "10.000 ₫ off" is 10.000 ₫ off what the buyer pays.
            is_tax_inclusive: true,
            campaign_id: campaignId!,
            application_method: {
              type: discount.type,
              value: discount.value,
              target_type: "items" as const,
              ...(discount.type === "fixed"
                ? { allocation: "each" as const, max_quantity: MAX_UNITS_PER_LINE, currency_code: "vnd" }
                : { allocation: "across" as const }),
              target_rules: [{ attribute: "items.product.id", operator: "in" as const, values: [prepared.product_id] }],
            },
          },
        ]
      }),
    ),
  )
  const pin = writeLivePinStep(
    transform({ prepared, promotions }, ({ prepared, promotions }) => ({
      prepared,
      promotion_id: promotions?.[0]?.id ?? null,
    })),
  )
  when("ocop-live-pin-replaced", { prepared }, ({ prepared }) => !!prepared.existing?.promotion_id).then(() =>
    deletePromotionsStep(transform({ prepared }, ({ prepared }) => [prepared.existing!.promotion_id!])),
  )
  return new WorkflowResponse(pin)
})
