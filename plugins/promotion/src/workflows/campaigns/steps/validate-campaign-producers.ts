import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"

/**
 * The producers a campaign (or an event) names are OCOP subjects that exist: 400 naming the field
 * (`rules.producer_ids` unless told) and the unknown ids.
 */
export const validateCampaignProducersStep = createStep(
  "ocop-validate-campaign-producers",
  async (input: { producer_ids?: string[]; field?: string }, { container }) => {
    const ids = input.producer_ids ?? []
    if (!ids.length) return new StepResponse(undefined)
    const subjects: { id: string }[] = await container
      .resolve<any>(CERTIFICATION_MODULE)
      .listOcopSubjects({ id: ids }, { select: ["id"] })
    const unknown = ids.filter((id) => !subjects.some((s) => s.id === id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${input.field ?? "rules.producer_ids"}: no OCOP producer with id ${unknown.join(", ")}`,
      )
    }
    return new StepResponse(undefined)
  },
)
