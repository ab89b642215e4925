import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { labelSheetHtml } from "../../../../../../lib/traceability/labels"
import { loadLotContext, presentLot, retrieveLot } from "../../../../../../lib/traceability/lots"

/**
 * GET /admin/ocop/lots/:id/labels?count=21 → a print-ready HTML sheet (A4) of `count` labels, each
 * with the Digital Link QR, product, lot, dates, GTIN, producer, and the OCOP mark and stars only
 * while the certificate is valid (a revoked or expired one is printed as such).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const lot = await retrieveLot(req.scope, req.params.id)
  const presented = presentLot(lot, await loadLotContext(req.scope, [lot]))
  const html = labelSheetHtml(
    {
      digital_link: presented.digital_link,
      gtin14: lot.gtin14,
      lot_code: lot.lot_code,
      product_title: presented.product?.title ?? lot.gtin14,
      variant_title: presented.variant?.title ?? null,
      producer: presented.producer?.legal_name ?? null,
      production_date: lot.production_date,
      best_before: lot.best_before ?? null,
      expiry_date: lot.expiry_date ?? null,
      certificate: presented.certificate ?? null,
    },
    (req.validatedQuery as { count: number }).count,
  )
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
  res.send(html)
}
