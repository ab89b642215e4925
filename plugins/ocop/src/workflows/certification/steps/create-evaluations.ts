import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import type { EvaluationCreateData } from "../types"

export const createEvaluationsStepId = "ocop-create-evaluations"

/** Stores many evaluations in one write, in the given order. Compensation deletes them. */
export const createEvaluationsStep = createStep(
  createEvaluationsStepId,
  async (input: EvaluationCreateData[], { container }) => {
    if (!input.length) return new StepResponse([] as { id: string }[], [] as string[])
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const rows: any[] = input.map((e) => ({ ...e, evaluated_at: new Date(e.evaluated_at) }))
    const evaluations = await certification.createOcopEvaluations(rows)
    return new StepResponse(
      evaluations.map((e) => ({ id: e.id })),
      evaluations.map((e) => e.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).deleteOcopEvaluations(ids)
  },
)
