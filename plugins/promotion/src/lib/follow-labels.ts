import type { MedusaContainer } from "@medusajs/framework/types"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import type { FollowTarget } from "../modules/follow"
import { TRADE_EVENT_MODULE, type TradeEventModuleService } from "../modules/trade-event"

/** Names to show for followed targets: a producer's legal name, an event's title (a province is its own name). */
export async function followLabels(
  container: Pick<MedusaContainer, "resolve">,
  follows: { target_type: FollowTarget; target_id: string }[],
) {
  const ids = (type: FollowTarget) => follows.filter((f) => f.target_type === type).map((f) => f.target_id)
  const [subjects, events] = await Promise.all([
    ids("producer").length
      ? container
          .resolve<any>(CERTIFICATION_MODULE)
          .listOcopSubjects({ id: ids("producer") }, { select: ["id", "legal_name"] })
      : [],
    ids("event").length
      ? container
          .resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
          .listTradeEvents({ id: ids("event") }, { select: ["id", "title"], withDeleted: true })
      : [],
  ])
  return new Map<string, string>([
    ...(subjects as { id: string; legal_name: string }[]).map((s) => [s.id, s.legal_name] as [string, string]),
    ...events.map((e) => [e.id, e.title] as [string, string]),
  ])
}
