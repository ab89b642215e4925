import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentDigest } from "../../../../../lib/traceability/integrity"
import { traceability } from "../../../../../lib/traceability/lots"
import { publishTraceDigestWorkflow } from "../../../../../workflows/traceability/workflows/publish-trace-digest"

/** GET /admin/ocop/trace/digests → { digests, count, limit, offset }, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const [digests, count] = await traceability(req.scope).listAndCountTraceDigests(
    {},
    { skip: offset, take: limit, order: { sequence: "DESC", id: "DESC" } },
  )
  res.json({ digests: digests.map(presentDigest), count, limit, offset })
}

/** POST /admin/ocop/trace/digests → 201 { digest }: publishes a digest of every lot's head now. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await publishTraceDigestWorkflow(req.scope).run({ input: { trigger: "admin" } })
  res.status(201).json({ digest: presentDigest(result) })
}
