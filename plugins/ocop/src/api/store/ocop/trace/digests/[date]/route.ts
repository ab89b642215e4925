import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invalid, notFound, ruleErrorsToMedusaError } from "../../../../../../lib/errors"
import { digestLeafOf } from "../../../../../../modules/traceability/digest"
import { presentDigest } from "../../../../../../lib/traceability/integrity"
import { traceability } from "../../../../../../lib/traceability/lots"
import { parseGtin, parseLotCode } from "../../../../../../rules/gs1"
import { parseVnDate } from "../../../../../../rules/vn-date"

type Row = Record<string, any>

/**
 * GET /store/ocop/trace/digests/:date → { digest, leaves, count, limit, offset }: the last digest
 * published that day (or `?sequence=` for another of the same day), with its leaves (lot, event
 * count, head hash, leaf hash) and each leaf's RFC 6962 inclusion proof, paged; `?lot_id=` or
 * `?gtin=&lot=` gives one lot's leaf. The digest never changes once published.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const day = parseVnDate(req.params.date)
  if (!day || day !== req.params.date)
    throw invalid("date", "date", `"${req.params.date}" is not a day: write it as YYYY-MM-DD, e.g. 2025-08-15`)
  const query = req.validatedQuery as {
    sequence?: number
    lot_id?: string
    gtin?: string
    lot?: string
    limit: number
    offset: number
  }
  const service = traceability(req.scope)
  const [digest] = await service.listTraceDigests(
    { day, ...(query.sequence ? { sequence: query.sequence } : {}) },
    { take: 1, order: { sequence: "DESC", id: "DESC" } },
  )
  if (!digest)
    throw notFound(
      `No digest was published on ${day}${query.sequence ? ` with number ${query.sequence}` : ""}: see /store/ocop/trace/digests for the published ones`,
    )

  let lotFilter: Row | null = null
  if (query.lot_id) lotFilter = { lot_id: query.lot_id }
  else if (query.gtin || query.lot) {
    const gtin = parseGtin(query.gtin ?? "", "gtin")
    if (!gtin.ok) throw ruleErrorsToMedusaError([gtin.error])
    const lot = parseLotCode(query.lot ?? "", "lot")
    if (!lot.ok) throw ruleErrorsToMedusaError([lot.error])
    lotFilter = { gtin14: gtin.value, lot_code: lot.value }
  }
  const all = await service.digestLeavesWithProofs(digest.id)
  const selected = lotFilter ? all.filter((leaf) => Object.entries(lotFilter!).every(([k, v]) => leaf[k] === v)) : all
  const page = selected.slice(query.offset, query.offset + query.limit)
  res.setHeader("Cache-Control", "public, max-age=3600")
  res.json({
    digest: presentDigest(digest),
    leaves: page.map((leaf) => ({ ...digestLeafOf(leaf as any), proof: leaf.proof })),
    count: selected.length,
    limit: query.limit,
    offset: query.offset,
  })
}
