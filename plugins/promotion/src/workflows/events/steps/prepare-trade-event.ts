import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRADE_EVENT_MODULE, type TradeEventKind, type TradeEventModuleService } from "../../../modules/trade-event"

export interface TradeEventData {
  handle: string
  title: string
  description: string | null
  kind: TradeEventKind
  starts_at: Date
  ends_at: Date
  place: string | null
  stream_url: string | null
  province: string | null
  producer_ids: string[]
  product_ids: string[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * The event as it will be written (an edit merged over the current event), checked as a whole:
 * end after start, a live session has a stream link and a fair or exhibition a place, the handle is
 * free, the featured products exist. Reads only; the producers are checked by their own step.
 */
export const prepareTradeEventStep = createStep(
  "ocop-prepare-trade-event",
  async (input: { id?: string; data: Partial<TradeEventData> }, { container }) => {
    const service = container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    let current: Partial<TradeEventData> = {}
    if (input.id) {
      const [found] = await service.listTradeEvents({ id: input.id }, { take: 1 })
      if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `event ${input.id} not found`)
      current = found as unknown as TradeEventData
    }
    const event = { producer_ids: [], product_ids: [], ...current, ...input.data } as TradeEventData
    if (new Date(event.ends_at) <= new Date(event.starts_at))
      throw invalid("ends_at: the event must end after it starts")
    if (event.kind === "live" && !event.stream_url)
      throw invalid("stream_url: a live selling session needs its stream link")
    if (event.kind !== "live" && !event.place) throw invalid("place: a fair or an exhibition needs its place")

    const [taken] = await service.listTradeEvents({ handle: event.handle }, { select: ["id"], take: 1 })
    if (taken && taken.id !== input.id)
      throw invalid(`handle: "${event.handle}" is already the address of another event`)

    if (event.product_ids.length) {
      const products = await container
        .resolve(Modules.PRODUCT)
        .listProducts({ id: event.product_ids }, { select: ["id"] })
      const unknown = event.product_ids.filter((id) => !products.some((p) => p.id === id))
      if (unknown.length) throw invalid(`product_ids: no product with id ${unknown.join(", ")}`)
    }
    return new StepResponse(event)
  },
)
