import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../modules/trade-event"
import { TRADE_EVENT_SAVED } from "../workflows/events/workflows/save-trade-event"
import { notifyFollowersWorkflow } from "../workflows/follows/workflows/notify-followers"

/**
 * An event created or edited: the followers of its producers and of its province are told once
 * (a producer added later reaches its followers then; the others were already told).
 */
export default async function tradeEventFollowers({ event, container }: SubscriberArgs<{ id: string }>) {
  const [tradeEvent] = await container
    .resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    .listTradeEvents({ id: event.data.id }, { take: 1 })
  if (!tradeEvent || new Date(tradeEvent.ends_at) < new Date()) return
  const targets = [
    ...(tradeEvent.producer_ids as string[]).map((id) => ({ target_type: "producer" as const, target_id: id })),
    ...(tradeEvent.province ? [{ target_type: "province" as const, target_id: tradeEvent.province }] : []),
  ]
  await notifyFollowersWorkflow(container).run({
    input: {
      targets,
      template: "ocop.event_announced",
      resource_type: "trade_event",
      resource_id: tradeEvent.id,
      data: {
        title: tradeEvent.title,
        handle: tradeEvent.handle,
        kind: tradeEvent.kind,
        starts_at: tradeEvent.starts_at,
        ends_at: tradeEvent.ends_at,
      },
    },
  })
}

export const config: SubscriberConfig = { event: TRADE_EVENT_SAVED }
