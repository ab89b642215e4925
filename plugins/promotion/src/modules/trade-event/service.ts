import { MedusaService } from "@medusajs/framework/utils"
import { TradeEvent } from "./models/trade-event"

/** Trade events: generated CRUD (listTradeEvents, createTradeEvents, updateTradeEvents, …). */
class TradeEventModuleService extends MedusaService({ TradeEvent }) {}

export default TradeEventModuleService
