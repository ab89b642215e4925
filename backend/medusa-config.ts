import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { assertProductionSecrets } from "./src/config/secrets"
import { redisModules } from "./src/config/redis"
import { searchModule } from "./src/config/search"
import { notificationModule } from "./src/config/notification"
import { bankTransferOptions } from "./src/config/bank-transfer"
import { webhookDelay } from "./src/config/payment-webhooks"
import { passwordHashingModules } from "./src/config/password-hashing"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const backendUrl = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${process.env.PORT ?? 9000}`
const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:3000"
const adminUrl = backendUrl
const { jwtSecret, cookieSecret } = assertProductionSecrets(process.env)

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") ?? "shared",
    // Served over plain http on localhost (the demo and the tests): the session cookie cannot be
    // Secure there. A real deployment sits behind TLS and leaves this unset.
    cookieOptions: process.env.OCOP_PLAIN_HTTP === "1" ? { secure: false } : undefined,
    http: {
      storeCors: process.env.STORE_CORS ?? storefrontUrl,
      adminCors: process.env.ADMIN_CORS ?? adminUrl,
      authCors: process.env.AUTH_CORS ?? `${storefrontUrl},${adminUrl}`,
      jwtSecret,
      cookieSecret,
    },
  },
  admin: {
    disable: process.env.ADMIN_DISABLED === "true",
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL ?? "/",
  },
  plugins: [
    { resolve: "@ocop/plugin-ocop", options: {} },
    // Product search: the index, its engines (PostgreSQL for Vietnamese, or Meilisearch), search routes.
    { resolve: "@ocop/plugin-search", options: {} },
    { resolve: "@ocop/plugin-promotion", options: {} },
    // Sellers: commission in percent for sellers without their own rate.
    { resolve: "@ocop/plugin-marketplace", options: { default_commission_rate: 8 } },
    // Distributors and wholesale.
    { resolve: "@ocop/plugin-wholesale", options: {} },
    // Messages between buyers and sellers: at most this many messages per author and hour.
    { resolve: "@ocop/plugin-messages", options: { messages_per_hour: Number(process.env.MESSAGES_PER_HOUR ?? 20) } },
    // The notification centre: in-app notifications, read state, e-mail preferences.
    { resolve: "@ocop/plugin-notifications", options: {} },
    // Reviews from verified buyers, the producer's reply, moderation and rating summaries.
    { resolve: "@ocop/plugin-reviews", options: {} },
  ],
  modules: [
    ...redisModules(process.env.REDIS_URL),
    // Medusa's Auth Module as is, unless the tests lower the password hashing cost
    ...passwordHashingModules(process.env),
    // Product search: PostgreSQL (Vietnamese-aware) by default, Meilisearch with MEILISEARCH_HOST.
    searchModule(process.env),
    // A request waits at most 10 s for a database connection (then 5xx), not knex's 60 s; batch
    // jobs (the catalogue import) may set DATABASE_ACQUIRE_TIMEOUT_MS higher.
    {
      resolve: "./src/modules/database-pool",
      options: { acquireTimeoutMillis: Number(process.env.DATABASE_ACQUIRE_TIMEOUT_MS ?? 10_000) },
    },
    // Bulk catalogue imports: runs, checkpoints and counts (src/import).
    { resolve: "./src/modules/catalogue-import" },
    // Signed-out bearer tokens (sign-out ends a token for good).
    { resolve: "./src/modules/revoked-token" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: process.env.OCOP_UPLOAD_DIR ?? "static",
              backend_url: `${backendUrl}/static`,
              // Private files (sellers' registration documents) live outside the public static
              // folder; they are served only through authenticated routes, never by URL.
              private_upload_dir: process.env.OCOP_PRIVATE_UPLOAD_DIR ?? "private-files",
            },
          },
        ],
      },
    },
    // In-app notifications (channel feed) and e-mail: the log by default, SMTP with SMTP_URL / SMTP_HOST.
    notificationModule(process.env),
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        // Medusa handles a payment webhook this long after receiving it (its default, 5 s), so that
        // the storefront's own completion of the cart goes first. The tests shorten it.
        webhook_delay: webhookDelay(process.env),
        providers: [
          {
            // Bank transfer by VietQR (pp_bank-transfer_vietqr): the marketplace's collection account;
            // receipt is confirmed by the seller (its part) or the operator, which captures the payment.
            resolve: "@ocop/plugin-wholesale/providers/payment-bank-transfer",
            id: "vietqr",
            options: bankTransferOptions(process.env),
          },
          ...(process.env.STRIPE_API_KEY
            ? [
                {
                  // Medusa's Stripe provider cannot be pointed at another API host: it always calls
                  // api.stripe.com. The tests (offline) set STRIPE_API_HOST to a local Stripe API
                  // server, and then a thin subclass (same identifier and id, so still
                  // pp_stripe_stripe and /hooks/payment/stripe_stripe) replaces it; see
                  // src/modules/payment-stripe-local. Production leaves it unset.
                  resolve: process.env.STRIPE_API_HOST
                    ? "./src/modules/payment-stripe-local"
                    : "@medusajs/medusa/payment-stripe",
                  id: "stripe",
                  options: {
                    apiKey: process.env.STRIPE_API_KEY,
                    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
                    // Charge when the buyer confirms the card: the order is paid when it is placed
                    // (Medusa's default, a manual capture later, would leave it only authorized).
                    capture: true,
                    ...(process.env.STRIPE_API_HOST ? { apiHost: process.env.STRIPE_API_HOST } : {}),
                  },
                },
              ]
            : []),
        ],
      },
    },
  ],
})
