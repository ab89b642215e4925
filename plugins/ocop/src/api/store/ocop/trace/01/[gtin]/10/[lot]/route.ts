import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound, ruleErrorsToMedusaError } from "../../../../../../../../lib/errors"
import { epcisDocumentFor } from "../../../../../../../../lib/traceability/epcis"
import { verifyLotIntegrity } from "../../../../../../../../lib/traceability/integrity"
import {
  loadLotContext,
  locationsOf,
  presentEvents,
  presentLot,
  traceability,
} from "../../../../../../../../lib/traceability/lots"
import { EPCIS_MEDIA_TYPE } from "../../../../../../../../modules/traceability/epcis/document"
import { parseGtin, parseLotCode } from "../../../../../../../../rules/gs1"

/**
 * GET /store/ocop/trace/01/:gtin/10/:lot — what a buyer's phone gets after scanning the QR code of
 * a lot (the storefront's /01/:gtin/10/:lot page reads it): the product, the producer, the OCOP
 * certificate and its stars, the events timeline, the places, and the integrity check: the hash
 * chain (edited, deleted, reordered events) and the last published digest it was checked against.
 * With `?format=epcis` or `Accept: application/ld+json`: the lot's history as an EPCIS 2.0
 * EPCISDocument (JSON-LD) stating the same check in `ocop:verification`. An unknown GTIN or lot →
 * 404 saying what to check.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const gtin = parseGtin(req.params.gtin, "gtin")
  if (!gtin.ok) throw ruleErrorsToMedusaError([gtin.error])
  const lotCode = parseLotCode(req.params.lot, "lot")
  if (!lotCode.ok) throw ruleErrorsToMedusaError([lotCode.error])

  const service = traceability(req.scope)
  const [lot] = await service.listTraceLots({ gtin14: gtin.value, lot_code: lotCode.value }, { take: 1 })
  if (!lot) {
    const [item] = await service.listTraceTradeItems({ gtin14: gtin.value }, { select: ["id"], take: 1 })
    throw notFound(
      item
        ? `Product ${gtin.value} is registered, but it has no lot "${lotCode.value}": check the lot number printed next to the QR code (case matters).`
        : `No product with GTIN ${gtin.value} is registered on this marketplace: the code may belong to another system, or the product is not traced here.`,
    )
  }
  const events = await service.listLotHistory(lot.id)
  const format = (req.validatedQuery as { format?: string } | undefined)?.format
  const wantsLd =
    format === "epcis" || (format !== "json" && /application\/ld\+json/i.test(String(req.headers.accept ?? "")))
  res.setHeader("Vary", "Accept")
  const checkedAt = new Date()
  const verification = await verifyLotIntegrity(req.scope, lot)
  if (wantsLd) {
    const document = await epcisDocumentFor(req.scope, events, checkedAt, {
      ...verification,
      checked_at: checkedAt.toISOString(),
    })
    res.setHeader("Content-Type", `${EPCIS_MEDIA_TYPE}; charset=utf-8`)
    res.send(JSON.stringify(document))
    return
  }
  const context = await loadLotContext(req.scope, [lot])
  res.json({
    trace: {
      ...presentLot(lot, context),
      events: presentEvents(events),
      locations: locationsOf(events),
      verification,
      checked_at: checkedAt.toISOString(),
    },
  })
}
