import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { lotDigitalLink, retrieveLot } from "../../../../../../lib/traceability/lots"
import { digitalLinkQrSvg } from "../../../../../../lib/traceability/qr"

/** GET /admin/ocop/lots/:id/qr.svg → the lot's GS1 Digital Link as a QR code (SVG, scales for print). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const lot = await retrieveLot(req.scope, req.params.id)
  const uri = lotDigitalLink(lot as any)
  res.setHeader("Content-Type", "image/svg+xml; charset=utf-8")
  res.setHeader("Link", `<${uri}>; rel="describedby"`)
  res.send(digitalLinkQrSvg(uri))
}
