import { Module } from "@medusajs/framework/utils"
import TradeEventModuleService from "./service"

export const TRADE_EVENT_MODULE = "tradeEvent"

export default Module(TRADE_EVENT_MODULE, {
  service: TradeEventModuleService,
})

export { TradeEventModuleService }
export { TRADE_EVENT_KINDS, type TradeEventKind } from "./models/trade-event"
export { LIVE_DISCOUNT_TYPES, type LiveDiscountType } from "./models/live-pin"
