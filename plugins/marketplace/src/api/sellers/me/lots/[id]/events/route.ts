import type { MedusaResponse } from "@medusajs/framework/http"
import { presentEvent } from "@ocop/plugin-ocop/lots"
import { appendTraceEventWorkflow } from "@ocop/plugin-ocop/workflows/traceability"
import type { SellerRequest } from "../../../../../../lib/current-member"
import { ownLot, sellerSubjectId } from "../../../../../../lib/seller-lots"

/** POST /sellers/me/lots/:id/events { biz_step, event_time, … } → 201 { event } (append-only EPCIS event) */
export const POST = async (req: SellerRequest<Record<string, any>>, res: MedusaResponse) => {
  const lot = await ownLot(req.scope, req.member.seller_id, req.params.id)
  const { result } = await appendTraceEventWorkflow(req.scope).run({
    input: { lot_id: lot.id, subject_id: await sellerSubjectId(req.scope, req.member.seller_id), event: req.validatedBody as any },
  })
  res.status(201).json({ event: presentEvent(result) })
}
