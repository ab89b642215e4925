import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderPayment } from "../../../../../lib/order-payment"

/** GET /admin/wholesale/orders/:id → { payment }: VAT invoice data, the bank transfer and every receipt confirmed. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ payment: await orderPayment(req.scope, req.params.id) })
}
