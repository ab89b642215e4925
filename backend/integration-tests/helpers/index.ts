/**
 * What every HTTP spec shares, the backend's and each plugin's (`@ocop/backend/testing`): the
 * runner that boots the whole app (every plugin) on a copy of the migrated test database, the
 * demo seed, and the helpers that act as an operator, a cooperative, a distributor or a shopper.
 *
 * The backend's vitest config runs them all: `backend/integration-tests/http/*.spec.ts` (the app
 * itself) and `plugins/<p>/integration-tests/http/*.spec.ts` (each plugin's routes).
 */
export { integrationTestRunner } from "./test-runner"
export * from "./cart"
export * from "./checkout"
export * from "./customers"
export * from "./demo-store"
export * from "./ocop"
export * from "./routes"
export * from "./row-counts"
export * from "./sellers"
export * from "./tenants"
export * from "./variants"
export * from "./wholesale"
export { DEMO_ADMIN, seedDemo } from "../../src/seed"
export { demoProducts } from "../../src/seed/catalogue/products"
export { seedCatalogue } from "../../src/seed/sections/catalogue"
export { seedCertification } from "../../src/seed/sections/certification"
export { seedFulfillment } from "../../src/seed/sections/fulfillment"
export { BANK_TRANSFER_PROVIDER } from "../../src/seed/sections/regions"
export { default as privateSellerDocuments } from "../../src/migration-scripts/private-seller-documents"
