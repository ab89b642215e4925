import { MedusaService } from "@medusajs/framework/utils"
import { LivePin } from "./models/live-pin"
import { LiveSale } from "./models/live-sale"
import { TradeEvent } from "./models/trade-event"

/** Trade events, live sessions' pinned products and their sales: generated CRUD (listTradeEvents, createLivePins, …). */
class TradeEventModuleService extends MedusaService({ TradeEvent, LivePin, LiveSale }) {}

export default TradeEventModuleService
