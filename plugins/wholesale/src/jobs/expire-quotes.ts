import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireQuotesWorkflow } from "../workflows/quote/workflows/expire-quotes"

/**
 * Every hour: answered quotes past their validity become expired (accepting one is refused anyway;
 * this keeps both sides' lists true). `now` moves the clock (tests, catch-up runs).
 */
export default async function expireQuotes(container: MedusaContainer, now?: Date) {
  const { result } = await expireQuotesWorkflow(container).run({ input: { now: (now ?? new Date()).toISOString() } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Quotes: ${result.length} expired`)
  return result
}

export const config = {
  name: "wholesale-expire-quotes",
  schedule: "5 * * * *",
}
