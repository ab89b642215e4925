import type { MedusaContainer } from "@medusajs/framework/types"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../modules/trade-event"
import { notifyFollowersWorkflow } from "../workflows/follows/workflows/notify-followers"

const VN_OFFSET_MS = 7 * 3_600_000
const DAY_MS = 86_400_000

/** The start and end of the Vietnam calendar day after `now` (Vietnam has no daylight saving time). */
export function vietnamTomorrow(now: Date): { from: Date; to: Date } {
  const vnMidnight = Math.floor((now.getTime() + VN_OFFSET_MS) / DAY_MS) * DAY_MS - VN_OFFSET_MS
  return { from: new Date(vnMidnight + DAY_MS), to: new Date(vnMidnight + 2 * DAY_MS) }
}

/**
 * Reminds the followers of each event that starts tomorrow (Vietnam time). Run daily by the
 * event-reminders job; running it twice the same day sends nothing more (idempotency keys).
 */
export async function sendEventReminders(container: Pick<MedusaContainer, "resolve">, now = new Date()) {
  const { from, to } = vietnamTomorrow(now)
  const events = await container
    .resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    .listTradeEvents({ starts_at: { $gte: from, $lt: to } })
  for (const event of events) {
    await notifyFollowersWorkflow(container as MedusaContainer).run({
      input: {
        targets: [{ target_type: "event", target_id: event.id }],
        template: "ocop.event_reminder",
        resource_type: "trade_event",
        resource_id: event.id,
        data: {
          title: event.title,
          handle: event.handle,
          kind: event.kind,
          starts_at: event.starts_at,
          ends_at: event.ends_at,
        },
      },
    })
  }
  return events.length
}
