import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEvaluationStep } from "../steps/create-evaluation"
import { prepareEvaluationStep } from "../steps/prepare-evaluation"
import type { EvaluationInput } from "../types"

export const submitEvaluationWorkflowId = "ocop-submit-evaluation"

/**
 * Records a council's score sheet: checked against the rules (criteria within their maxima, parts
 * adding up, mandatory criteria), stored with its part totals, total and computed stars.
 */
export const submitEvaluationWorkflow = createWorkflow(
  submitEvaluationWorkflowId,
  (input: EvaluationInput & { now?: string }) => {
    const prepared = prepareEvaluationStep(input)
    const evaluation = createEvaluationStep({ create: prepared })
    return new WorkflowResponse(evaluation)
  },
)
