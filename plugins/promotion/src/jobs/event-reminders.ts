import type { MedusaContainer } from "@medusajs/framework/types"
import { sendEventReminders } from "../lib/event-reminders"

/** Every day at 08:00 Vietnam time: reminders for the followed events that start tomorrow. */
export default async function eventReminders(container: MedusaContainer) {
  await sendEventReminders(container)
}

export const config = { name: "ocop-event-reminders", schedule: "0 1 * * *" }
