import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid, notFound, ruleErrorsToMedusaError } from "../../../lib/errors"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { parseGtin } from "../../../rules/gs1"
import type { RegisterTradeItemInput } from "../types"

/**
 * Checks a GTIN for a variant (reads only): valid GS1 check digit, the variant exists and is a
 * shipped good (not an OCOP group 6 service), neither has a trade item yet. 400 naming the field.
 */
export const prepareTradeItemStep = createStep(
  "ocop-prepare-trade-item",
  async (input: RegisterTradeItemInput, { container }) => {
    const gtin = parseGtin(input.gtin, "gtin")
    if (!gtin.ok) throw ruleErrorsToMedusaError([gtin.error])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product_id", "product.metadata"],
      filters: { id: input.variant_id },
    })
    const variant = variants[0] as
      { id: string; product_id: string; product?: { metadata?: Record<string, unknown> | null } } | undefined
    if (!variant) throw notFound(`variant_id: no product variant ${input.variant_id}`)
    if (variant.product?.metadata?.is_service === true) {
      throw invalid(
        "variant_id",
        "service",
        "this variant is a bookable service (OCOP group 6): services carry no GTIN or lots",
      )
    }
    const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [byVariant] = await traceability.listTraceTradeItems({ variant_id: input.variant_id }, { take: 1 })
    if (byVariant)
      throw invalid("variant_id", "unique", `this variant already has the GTIN ${byVariant.gtin14}`, {
        gtin: byVariant.gtin14,
      })
    const [byGtin] = await traceability.listTraceTradeItems({ gtin14: gtin.value }, { take: 1 })
    // Another producer's variant is not named: knowing a GTIN grants nothing.
    if (byGtin)
      throw invalid(
        "gtin",
        "unique",
        `GTIN ${gtin.value} is already registered for another product: each GTIN identifies one product variant`,
        { gtin: gtin.value },
      )
    return new StepResponse({ gtin14: gtin.value, variant_id: variant.id, product_id: variant.product_id })
  },
)
