import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { searchStatus, startReindex } from "../../../../../lib/reindex"

/**
 * POST /admin/ocop/search/reindex — starts a full rebuild of the product search index in the
 * background (safe while the site is live: the current index serves searches until the new one
 * is complete). 202 with the job and the status; 409 when a rebuild is already running (started
 * from any server process).
 * Follow it with GET /admin/ocop/search/status.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { job, started } = await startReindex(req.scope)
  const status = await searchStatus(req.scope)
  res.status(started ? 202 : 409).json({
    ...(started ? {} : { message: "A reindex is already running" }),
    job,
    status,
  })
}
