/** Traceability workflows: `import { … } from "@ocop/plugin-ocop/workflows/traceability"`. */
export * from "./register-trade-item"
export * from "./create-lot"
export * from "./append-trace-event"
export * from "./allocate-fulfillment-lots"
export * from "./publish-trace-digest"
export * from "./correct-trade-item"
