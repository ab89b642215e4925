import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderPayment, presentForBuyer } from "../../../../../lib/order-payment"

/**
 * GET /store/orders/:id/bank-transfer → { payment: { vat_invoice, bank_transfer:
 * { reference, amount, bank…, payload, qr_svg, status } | null } }. Like Medusa's GET
 * /store/orders/:id, the order id (not guessable) is what grants access: guests see their order too.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ payment: presentForBuyer(await orderPayment(req.scope, req.params.id)) })
}
