export { TraceTradeItem } from "./trade-item"
export { TraceLot } from "./lot"
export { TraceEvent, EVENT_TYPES, EVENT_ACTIONS } from "./trace-event"
export { TraceLotAllocation, ALLOCATION_SOURCES } from "./lot-allocation"
