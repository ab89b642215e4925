/**
 * OCOP rules: pure TypeScript (no Node, no Medusa), shared by the server and the admin bundle.
 */
export * from "./criteria"
export * from "./errors"
export * from "./scoring"
export * from "./authority"
export * from "./validity"
export * from "./decision-number"
export * from "./vn-date"
export * from "./issuer"
export * from "./certificate"
export * from "./subgroup"
