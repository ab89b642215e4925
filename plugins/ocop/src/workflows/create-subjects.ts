import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "../lib/errors"
import { CERTIFICATION_MODULE } from "../modules/certification"
import type CertificationModuleService from "../modules/certification/service"
import { prepareSubject, type CreateSubjectInput } from "./create-subject"

export const createSubjectsWorkflowId = "ocop-create-subjects"

type PreparedSubject = Awaited<ReturnType<typeof prepareSubject>>
type RefusedSubject = { index: number; message: string }

/** prepareSubjectStep for a batch: a refused subject is reported (index, message), not thrown. */
export const prepareSubjectsStep = createStep("ocop-prepare-subjects", async (input: CreateSubjectInput[], { container }) => {
  const result = { prepared: [] as (PreparedSubject & { index: number })[], refused: [] as RefusedSubject[] }
  const taxCodes = new Set<string>()
  for (const [index, subject] of input.entries()) {
    try {
      const prepared = await prepareSubject(container, subject)
      if (taxCodes.has(prepared.tax_code)) throw invalid("tax_code", "unique", `tax code ${prepared.tax_code} appears twice in this batch`)
      taxCodes.add(prepared.tax_code)
      result.prepared.push({ ...prepared, index })
    } catch (error) {
      if (!MedusaError.isMedusaError(error)) throw error
      result.refused.push({ index, message: (error as Error).message })
    }
  }
  return new StepResponse(result)
})

/** Stores many subjects in one write. Compensation deletes them. */
export const createSubjectsStep = createStep(
  "ocop-create-subjects",
  async (data: PreparedSubject[], { container }) => {
    if (!data.length) return new StepResponse([] as { id: string; tax_code: string }[], [] as string[])
    const subjects = await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).createOcopSubjects(data)
    return new StepResponse(subjects as { id: string; tax_code: string }[], subjects.map((s: { id: string }) => s.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).deleteOcopSubjects(ids)
  }
)

/** createSubjectWorkflow for a batch (bulk import): the valid subjects created in one write, the others in `refused`. */
export const createSubjectsWorkflow = createWorkflow(createSubjectsWorkflowId, (input: { subjects: CreateSubjectInput[] }) => {
  const checked = prepareSubjectsStep(input.subjects)
  const subjects = createSubjectsStep(transform({ checked }, ({ checked }) => checked.prepared.map(({ index: _index, ...subject }) => subject)))
  return new WorkflowResponse(transform({ subjects, checked }, ({ subjects, checked }) => ({ subjects, refused: checked.refused })))
})
