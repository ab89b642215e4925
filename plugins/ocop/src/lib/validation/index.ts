/**
 * The validators every route shares (zod, Medusa's validator library): text, web addresses, VND
 * amounts and quantities, dates and ids. Each plugin's schemas build on these, so that one rule
 * holds on every route.
 */
export * from "./text"
export * from "./url"
export * from "./money"
export * from "./dates"
export * from "./ids"
export * from "./field-message"
export * from "./lists"
