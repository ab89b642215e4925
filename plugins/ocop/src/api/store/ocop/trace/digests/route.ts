import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "../../../../utils/validate-query"
import { presentDigest } from "../../../../../lib/traceability/integrity"
import { traceability } from "../../../../../lib/traceability/lots"

/**
 * GET /store/ocop/trace/digests → { digests, count, limit, offset }: the published digests of all
 * lot histories, newest first (root, leaf count, chained digest hash). Keep a root to check later
 * that no lot's history was rewritten (see /store/ocop/trace/digests/:date).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const page = pageOf(req, { sequence: "DESC", id: "DESC" })
  const [digests, count] = await traceability(req.scope).listAndCountTraceDigests({}, page)
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ digests: digests.map(presentDigest), count, limit: page.take, offset: page.skip })
}
