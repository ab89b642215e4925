import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid, notFound, ruleErrorsToMedusaError } from "../../../lib/errors"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { parseGtin } from "../../../rules/gs1"
import type { CorrectTradeItemInput } from "../types"

/**
 * Checks a GTIN correction (reads only): the trade item exists, no lot was declared under its
 * GTIN (a lot's GTIN is printed on its labels and hashed into its history), the new GTIN is valid
 * and not another variant's.
 */
export const prepareTradeItemCorrectionStep = createStep(
  "ocop-prepare-trade-item-correction",
  async (input: CorrectTradeItemInput, { container }) => {
    const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [item] = await traceability.listTraceTradeItems({ id: input.id }, { take: 1 })
    if (!item) throw notFound(`No trade item ${input.id}`)
    const gtin = parseGtin(input.gtin, "gtin")
    if (!gtin.ok) throw ruleErrorsToMedusaError([gtin.error])
    const [lot] = await traceability.listTraceLots({ gtin14: item.gtin14 }, { select: ["id"], take: 1 })
    if (lot) {
      throw invalid(
        "gtin",
        "has_lots",
        `lots were already declared under GTIN ${item.gtin14}: it is printed on their labels and cannot be changed`,
        { gtin: item.gtin14 },
      )
    }
    const [other] = await traceability.listTraceTradeItems({ gtin14: gtin.value }, { take: 1 })
    if (other && other.id !== item.id)
      throw invalid("gtin", "unique", `GTIN ${gtin.value} is already registered for another product`, {
        gtin: gtin.value,
      })
    return new StepResponse({ id: item.id as string, gtin14: gtin.value, previous: item.gtin14 as string })
  },
)
