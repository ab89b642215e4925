import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { anyReturn, presentForAdmin } from "../../../../../lib/returns/present"
import { decideSellerReturnWorkflow } from "../../../../../workflows/returns/workflows/decide-seller-return"

/**
 * POST /admin/seller-returns/:id/decide { decision: accept|refuse, instructions?, note } → { return }:
 * on an escalated request; accepting is as the seller's acceptance, refusing is final.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<{ decision: "accept" | "refuse"; instructions?: string | null; note: string }>,
  res: MedusaResponse,
) => {
  const row = await anyReturn(req.scope, req.params.id)
  const body = req.validatedBody
  const { result } = await decideSellerReturnWorkflow(req.scope).run({
    input: {
      id: row.id,
      by: "admin",
      decision: body.decision,
      instructions: body.instructions ?? null,
      reason: body.note,
    },
  })
  const [presented] = await presentForAdmin(req.scope, [result])
  res.json({ return: presented })
}
