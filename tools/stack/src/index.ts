export { startEmbeddedPostgres, ensureDatabase, tempDataDir, type Database } from "./database"
export { freePort } from "./ports"
export {
  copyMigratedTemplate,
  copySeededTemplate,
  saveSeededTemplate,
  seededTemplateName,
  startTestPostgres,
  testPostgresServer,
} from "./test-database"
export { startStack, type Stack } from "./stack"
export { backendClient, type BackendClient } from "./backend-client"
export { connectBrowser, launchBrowser, launchBrowserServer } from "./browser"
export type { Browser, Page } from "playwright-core"
export { redisServerAvailable, startRedis } from "./redis"
export { startFakeStripe, stripeJsStub, type FakeStripe, type PaymentIntent as FakePaymentIntent } from "./fake-stripe"
export { backendEnv, migrate, seed, startBackend } from "./backend"
export { startStorefront } from "./storefront"
export { startBackendProcesses, type BackendProcesses } from "./backend-processes"
export { startBalancer } from "./balancer"
export { HANOI_ADDRESS } from "./buyer-address"
