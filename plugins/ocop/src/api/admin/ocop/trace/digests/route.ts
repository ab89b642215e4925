import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "../../../../utils/validate-query"
import { presentDigest } from "../../../../../lib/traceability/integrity"
import { traceability } from "../../../../../lib/traceability/lots"
import { publishTraceDigestWorkflow } from "../../../../../workflows/traceability/workflows/publish-trace-digest"

/** GET /admin/ocop/trace/digests → { digests, count, limit, offset }, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const page = pageOf(req, { sequence: "DESC", id: "DESC" })
  const [digests, count] = await traceability(req.scope).listAndCountTraceDigests({}, page)
  res.json({ digests: digests.map(presentDigest), count, limit: page.take, offset: page.skip })
}

/** POST /admin/ocop/trace/digests → 201 { digest }: publishes a digest of every lot's head now. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await publishTraceDigestWorkflow(req.scope).run({ input: { trigger: "admin" } })
  res.status(201).json({ digest: presentDigest(result) })
}
