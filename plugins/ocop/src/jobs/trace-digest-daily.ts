import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publishTraceDigestWorkflow } from "../workflows/traceability/workflows/publish-trace-digest"

/**
 * Daily at 23:55 Asia/Ho_Chi_Minh (16:55 UTC): publishes the day's digest of every lot's history
 * (the Merkle root of all lot heads) at /store/ocop/trace/digests/:date. `now` moves the clock.
 */
export default async function ocopTraceDigestDaily(container: MedusaContainer, now?: Date) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await publishTraceDigestWorkflow(container).run({
    input: { trigger: "scheduled", now: (now ?? new Date()).toISOString() },
  })
  logger.info(`OCOP trace digest ${result.sequence} of ${result.day}: ${result.leaf_count} lots, root ${result.root}`)
  return result
}

export const config = {
  name: "ocop-trace-digest-daily",
  schedule: "55 16 * * *",
}
