import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { lotDigitalLink, retrieveLot } from "../../../../../../lib/traceability/lots"
import { digitalLinkQrPng } from "../../../../../../lib/traceability/qr"

/** GET /admin/ocop/lots/:id/qr.png?scale=6 → the lot's GS1 Digital Link as a QR code (PNG). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const lot = await retrieveLot(req.scope, req.params.id)
  const uri = lotDigitalLink(lot as any)
  const png = await digitalLinkQrPng(uri, (req.validatedQuery as { scale: number }).scale)
  res.setHeader("Content-Type", "image/png")
  res.setHeader("Content-Disposition", `inline; filename="lot-${lot.gtin14}-${encodeURIComponent(lot.lot_code)}.png"`)
  res.setHeader("Link", `<${uri}>; rel="describedby"`)
  res.send(png)
}
