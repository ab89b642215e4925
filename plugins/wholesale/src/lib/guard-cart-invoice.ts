import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseVatInvoice } from "./vat-invoice"

/**
 * Middleware on Medusa's POST /store/carts/:id: invoice details sent in the cart's metadata pass the
 * same checks as POST /store/carts/:id/vat-invoice (400 naming the field otherwise).
 */
export function guardCartInvoice(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const metadata = (req.body as { metadata?: Record<string, unknown> } | undefined)?.metadata
    if (metadata?.vat_invoice)
      metadata.vat_invoice = parseVatInvoice(metadata.vat_invoice as Record<string, unknown>, "metadata.vat_invoice")
    next()
  } catch (error) {
    next(error)
  }
}
