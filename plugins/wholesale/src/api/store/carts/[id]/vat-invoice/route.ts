import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { notFound } from "@ocop/plugin-ocop/errors"
import { parseVatInvoice } from "../../../../../lib/vat-invoice"

async function cartMetadata(req: MedusaRequest) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "metadata", "completed_at"],
    filters: { id: req.params.id },
  })
  const cart = (data as any[])[0]
  if (!cart || cart.completed_at) throw notFound(`cart ${req.params.id} not found`)
  return (cart.metadata ?? {}) as Record<string, unknown>
}

/**
 * POST /store/carts/:id/vat-invoice {company_name, tax_code, address, email} → { vat_invoice }:
 * the buyer's details for the VAT e-invoice, kept in the cart's metadata and so in the order's.
 * A bad field → 400 naming it (vat_invoice.tax_code…), nothing written.
 */
export const POST = async (req: MedusaRequest<Record<string, unknown>>, res: MedusaResponse) => {
  const invoice = parseVatInvoice(req.body)
  const metadata = await cartMetadata(req)
  await updateCartWorkflow(req.scope).run({
    input: { id: req.params.id, metadata: { ...metadata, vat_invoice: invoice } },
  })
  res.json({ vat_invoice: invoice })
}

/** DELETE /store/carts/:id/vat-invoice → no invoice (a consumer's receipt is enough). */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  const metadata = await cartMetadata(req)
  await updateCartWorkflow(req.scope).run({
    input: { id: req.params.id, metadata: { ...metadata, vat_invoice: null } },
  })
  res.json({ vat_invoice: null })
}
