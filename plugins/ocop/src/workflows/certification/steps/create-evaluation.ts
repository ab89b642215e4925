import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import type { EvaluationCreateData } from "../types"

export const createEvaluationStepId = "ocop-create-evaluation"

/**
 * Stores an evaluation, or passes an existing one through (`{ id }`). Compensation deletes what
 * this step created.
 */
export const createEvaluationStep = createStep(
  createEvaluationStepId,
  async (input: { id?: string | null; create?: EvaluationCreateData | null }, { container }) => {
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    if (!input.create) {
      const evaluation = await certification.retrieveOcopEvaluation(input.id!)
      return new StepResponse(evaluation, null as string | null)
    }
    const evaluation = await certification.createOcopEvaluations({
      ...input.create,
      evaluated_at: new Date(input.create.evaluated_at),
    } as any)
    return new StepResponse(evaluation, evaluation.id as string | null)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    await certification.deleteOcopEvaluations(createdId)
  },
)
