import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateSubjectInput } from "../types"
import { createSubjectStep } from "../steps/create-subject"
import { prepareSubjectStep } from "../steps/prepare-subject"

export const createSubjectWorkflowId = "ocop-create-subject"

/** Registers an OCOP subject (enterprise, cooperative, cooperative group or household business). */
export const createSubjectWorkflow = createWorkflow(createSubjectWorkflowId, (input: CreateSubjectInput) => {
  const data = prepareSubjectStep(input)
  return new WorkflowResponse(createSubjectStep(data))
})
