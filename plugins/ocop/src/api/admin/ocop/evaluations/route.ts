import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentEvaluation } from "../../../../lib/present"
import { submitEvaluationWorkflow } from "../../../../workflows/certification/workflows/submit-evaluation"
import type { AdminEvaluationType } from "../validators"

/** POST /admin/ocop/evaluations → { evaluation } with part totals, total and computed_stars. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminEvaluationType>, res: MedusaResponse) => {
  const { result } = await submitEvaluationWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ evaluation: presentEvaluation(result) })
}
