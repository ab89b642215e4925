import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminReceiptActor, orderPayment } from "../../../../../../lib/order-payment"
import { confirmBankTransferWorkflow } from "../../../../../../workflows/bank-transfer/workflows/confirm-bank-transfer"

/** POST /admin/wholesale/orders/:id/confirm-receipt → { payment }: the operator saw the whole transfer; the rest is captured. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await orderPayment(req.scope, req.params.id)
  await confirmBankTransferWorkflow(req.scope).run({
    input: { order_id: req.params.id, captured_by: adminReceiptActor(req.auth_context.actor_id) },
  })
  res.json({ payment: await orderPayment(req.scope, req.params.id) })
}
