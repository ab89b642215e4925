import { model } from "@medusajs/framework/utils"

export const TRADE_EVENT_KINDS = ["fair", "exhibition", "live"] as const
export type TradeEventKind = (typeof TRADE_EVENT_KINDS)[number]

/**
 * A trade promotion event: a trade fair, an exhibition (a place) or a live-stream selling session
 * (a stream link), with its participating producers (OCOP subject ids) and featured products.
 */
export const TradeEvent = model
  .define("trade_event", {
    id: model.id({ prefix: "tev" }).primaryKey(),
    handle: model.text().unique(),
    title: model.text().searchable(),
    description: model.text().nullable(),
    kind: model.enum([...TRADE_EVENT_KINDS]),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    place: model.text().nullable(),
    stream_url: model.text().nullable(),
    /** One of the 34 current province-level units, or none for a national event. */
    province: model.text().nullable(),
    producer_ids: model.array(),
    product_ids: model.array(),
  })
  .indexes([{ on: ["starts_at"], where: "deleted_at IS NULL" }])
