/**
 * The OCOP programme's reference data and pure rules, shared by the Medusa plugins, the backend's
 * seed and import, the admin extensions and the storefront. No Node, no Medusa, no DOM.
 */
export * from "./fold.js"
export * from "./provinces.js"
export * from "./former-districts.js"
export * from "./product-groups.js"
export * from "./tax-code.js"
export * from "./notifications.js"
export * from "./names.js"
export * from "./phone.js"
export * from "./returns.js"
export * from "./rule-sentences.js"
export * from "./time.js"
export * from "./json-request.js"
export type * from "./api-types.js"
