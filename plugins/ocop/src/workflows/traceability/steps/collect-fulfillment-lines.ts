import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AllocationLine } from "../../../modules/traceability/service"
import type { AllocateFulfillmentLotsInput } from "../types"

/** Metadata key of a fulfillment naming the lot of each line: { ocop_lots: { [line_item_id]: lot_id } }. */
export const FULFILLMENT_LOTS_METADATA_KEY = "ocop_lots"

/** Reads the fulfillment's lines (line item, quantity, variant) and any lots chosen in its metadata. */
export const collectFulfillmentLinesStep = createStep(
  "ocop-collect-fulfillment-lines",
  async (input: AllocateFulfillmentLotsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: fulfillments } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "metadata", "items.line_item_id", "items.quantity"],
      filters: { id: input.fulfillment_id },
    })
    const fulfillment = fulfillments[0] as
      | {
          id: string
          metadata?: Record<string, unknown> | null
          items?: { line_item_id: string | null; quantity: number }[]
        }
      | undefined
    if (!fulfillment) return new StepResponse({ ...input, lines: [] as AllocationLine[] })
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "items.id", "items.variant_id"],
      filters: { id: input.order_id },
    })
    const variants = new Map(
      ((orders[0] as { items?: { id: string; variant_id: string | null }[] } | undefined)?.items ?? [])
        .filter(Boolean)
        .map((i) => [i.id, i.variant_id]),
    )
    const chosen = (fulfillment.metadata?.[FULFILLMENT_LOTS_METADATA_KEY] ?? {}) as Record<string, unknown>
    const lines: AllocationLine[] = []
    for (const item of fulfillment.items ?? []) {
      const variantId = item.line_item_id ? variants.get(item.line_item_id) : null
      if (!item.line_item_id || !variantId) continue
      const lot = chosen[item.line_item_id]
      lines.push({
        order_line_item_id: item.line_item_id,
        variant_id: variantId,
        quantity: Number(item.quantity),
        chosen_lot_id: typeof lot === "string" ? lot : null,
      })
    }
    return new StepResponse({ ...input, lines })
  },
)
