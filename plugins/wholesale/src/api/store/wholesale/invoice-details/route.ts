import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findDistributor } from "../../../../lib/distributor-context"
import type { VatInvoice } from "@ocop/reference"

/**
 * GET /store/wholesale/invoice-details → { vat_invoice }: the signed-in customer's distributor company
 * as VAT invoice details, to prefill the checkout; null for a consumer.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const found = await findDistributor(req.scope, req.auth_context.actor_id)
  const vat_invoice: VatInvoice | null = found
    ? {
        company_name: found.company.name,
        tax_code: found.company.tax_code,
        address: found.company.invoice_address,
        email: found.company.contact_email,
      }
    : null
  res.json({ vat_invoice })
}
