import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireCertificatesWorkflow } from "../workflows/certification/workflows/expire-certificates"
import { sendExpiryRemindersWorkflow } from "../workflows/certification/workflows/send-expiry-reminders"

/**
 * Daily at 00:30 Asia/Ho_Chi_Minh (17:30 UTC the day before; Vietnam has no daylight saving):
 * expire the certificates whose validity ended (their products leave the OCOP sales channel), then
 * send the 30- and 7-day expiry reminders. `now` moves the clock (tests, catch-up runs).
 */
export default async function ocopCertificatesDaily(container: MedusaContainer, now?: Date) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const at = (now ?? new Date()).toISOString()
  const { result: expired } = await expireCertificatesWorkflow(container).run({ input: { now: at } })
  const { result: reminders } = await sendExpiryRemindersWorkflow(container).run({ input: { now: at } })
  logger.info(
    `OCOP certificates: ${expired.expired.length} expired (${expired.unpublished.length} products left the OCOP channel), ${reminders.sent.length} expiry reminders sent`,
  )
  return { expired, reminders }
}

export const config = {
  name: "ocop-certificates-daily",
  schedule: "30 17 * * *",
}
