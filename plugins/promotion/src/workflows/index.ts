export * from "./campaigns/workflows/create-ocop-campaign"
export * from "./campaigns/workflows/sync-ocop-product-tags"
export * from "./campaigns/steps/sync-ocop-product-tags"
export * from "./campaigns/steps/validate-campaign-producers"
