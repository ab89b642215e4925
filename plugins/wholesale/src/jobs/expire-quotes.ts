import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireQuotesWorkflow } from "../workflows/quote/workflows/expire-quotes"

/**
 * Every hour: answered quotes past their validity become expired (accepting one is refused anyway;
 * this keeps both sides' lists true). Medusa's scheduler calls it with `{ scheduledFor }`, the time
 * of the run; tests and catch-up runs move the clock the same way.
 */
export default async function expireQuotes(container: MedusaContainer, context?: { scheduledFor?: Date }) {
  const now = context?.scheduledFor ?? new Date()
  const { result } = await expireQuotesWorkflow(container).run({ input: { now: now.toISOString() } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Quotes: ${result.length} expired`)
  return result
}

export const config = {
  name: "wholesale-expire-quotes",
  schedule: "5 * * * *",
}
