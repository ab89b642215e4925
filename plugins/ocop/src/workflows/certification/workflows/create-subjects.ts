import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateSubjectInput } from "../types"
import { createSubjectsStep } from "../steps/create-subjects"
import { prepareSubjectsStep } from "../steps/prepare-subjects"

export const createSubjectsWorkflowId = "ocop-create-subjects"

/** createSubjectWorkflow for a batch (bulk import): the valid subjects created in one write, the others in `refused`. */
export const createSubjectsWorkflow = createWorkflow(
  createSubjectsWorkflowId,
  (input: { subjects: CreateSubjectInput[] }) => {
    const checked = prepareSubjectsStep(input.subjects)
    const subjects = createSubjectsStep(
      transform({ checked }, ({ checked }) => checked.prepared.map(({ index: _index, ...subject }) => subject)),
    )
    return new WorkflowResponse(
      transform({ subjects, checked }, ({ subjects, checked }) => ({ subjects, refused: checked.refused })),
    )
  },
)
