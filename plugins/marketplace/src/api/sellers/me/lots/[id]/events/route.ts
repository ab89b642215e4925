import type { MedusaResponse } from "@medusajs/framework/http"
import { presentEvent } from "@ocop/plugin-ocop/lots"
import { appendTraceEventWorkflow } from "@ocop/plugin-ocop/workflows/traceability"
import type { SellerRequest } from "../../../../../../lib/current-member"
import { ownLot, sellerIdentity } from "../../../../../../lib/seller-lots"

/**
 * POST /sellers/me/lots/:id/events { biz_step, event_time, … } → 201 { event } (append-only EPCIS
 * event). The actor is the seller, in its registered name, set here: the body cannot name one.
 */
export const POST = async (req: SellerRequest<Record<string, any>>, res: MedusaResponse) => {
  const lot = await ownLot(req.scope, req.member.seller_id, req.params.id)
  const seller = await sellerIdentity(req.scope, req.member.seller_id)
  const { result } = await appendTraceEventWorkflow(req.scope).run({
    input: {
      lot_id: lot.id,
      subject_id: seller.subject_id,
      event: req.validatedBody as any,
      recorder: { type: "seller", seller_id: seller.id, name: seller.legal_name, subject_id: seller.subject_id },
    },
  })
  res.status(201).json({ event: presentEvent(result) })
}
