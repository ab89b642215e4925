import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { searchStatus } from "../../../../../lib/reindex"

/**
 * GET /admin/ocop/search/status → { status: { index, provider, state, document_count,
 * ocop_visible_count, product_count, job, progress: { synced, total, percent } | null, last_sync } }
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ status: await searchStatus(req.scope) })
}
