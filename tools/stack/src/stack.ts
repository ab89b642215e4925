import { randomBytes } from "node:crypto"
import { join } from "node:path"
import { backendEnv, migrate, seed, startBackend, type SeedReport } from "./backend"
import { backendClient } from "./backend-client"
import { offerCardPayments } from "./card-payments"
import { startBackendProcesses } from "./backend-processes"
import { assertDatabaseReachable, ensureDatabase, startEmbeddedPostgres, tempDataDir, type Database } from "./database"
import { fingerprint } from "./fingerprint"
import { StackError } from "./errors"
import { dataDir } from "./paths"
import { assertPortFree, freePort } from "./ports"
import type { Service } from "./processes"
import { redisServerAvailable, startRedis } from "./redis"
import { readRuntime, writeRuntime } from "./runtime"
import { startStorefront } from "./storefront"
import {
  copyMigratedTemplate,
  copySeededTemplate,
  saveSeededTemplate,
  seededTemplateName,
  testPostgresServer,
} from "./test-database"

/** What decides whether migrations and the seed must run again. */
const MIGRATION_INPUTS = [
  "package-lock.json",
  "plugins",
  "backend/medusa-config.ts",
  "backend/src/config",
  "backend/src/links",
  "backend/src/modules",
]
const SEED_INPUTS = ["backend/src/seed", "backend/src/scripts/seed.ts", "plugins"]

export type Stack = {
  backendUrl: string
  storefrontUrl: string
  databaseUrl: string
  publishableKey: string
  logins: SeedReport["logins"]
  stop: () => Promise<void>
}

type Options = {
  /** "start": the user's persistent demo on fixed ports; "test": throw-away database, free ports. */
  mode: "start" | "test"
  quiet?: boolean
  log?: (line: string) => void
  /** Seed only this many demo products (tests). */
  seedProducts?: number
  /** Tests of the admin: run the built backend (admin included) instead of the sources. */
  builtBackend?: boolean
  /**
   * Medusa's production layout: this many server processes behind the backend's port, plus one
   * worker process, sharing Redis (REDIS_URL, else a local redis-server). Unset: one process
   * that serves and works ("shared" mode).
   */
  servers?: number
  /**
   * Tests: use this (existing) database instead of a throw-away one; it is migrated and seeded
   * like a fresh one (the benchmark keeps its imported catalogues this way).
   */
  databaseUrl?: string
}

export async function startStack(options: Options): Promise<Stack> {
  const log = options.log ?? (() => undefined)
  const isTest = options.mode === "test"
  const production = !isTest || Boolean(options.builtBackend)
  const backendPort = isTest ? await freePort() : Number(process.env.PORT ?? 9000)
  const storefrontPort = isTest ? await freePort() : Number(process.env.STOREFRONT_PORT ?? 3000)
  if (!isTest) {
    await assertPortFree(backendPort, "backend", "PORT")
    await assertPortFree(storefrontPort, "storefront", "STOREFRONT_PORT")
  }
  const services: Pick<Service, "stop">[] = []
  let database: Database | undefined
  const stop = async () => {
    for (const service of services.reverse()) await service.stop()
    await database?.stop()
  }
  const layout = options.servers
    ? { servers: options.servers, ports: await layoutPorts(options.servers, isTest, backendPort) }
    : undefined

  try {
    let databaseUrl = process.env.DATABASE_URL
    // A test run's global setup may hold a migrated template (test-database.ts): copy it, or the
    // copy another stack of the run saved right after its seed of the same options.
    const testServer = isTest && !options.databaseUrl ? testPostgresServer() : undefined
    const testDatabase = `e2e_${randomBytes(8).toString("hex")}`
    // The seed gives the regions the Stripe provider when Stripe is configured: another template.
    const stripe = Boolean(process.env.STRIPE_API_KEY)
    const seededTemplate = seededTemplateName({ productLimit: options.seedProducts, stripe, stack: true })
    let copiedSeed: SeedReport | null = null
    // Set when a stack with Stripe starts from the seed made without it (offerCardPayments below).
    let offerCards = false
    if (isTest && options.databaseUrl) {
      databaseUrl = options.databaseUrl
    } else if (databaseUrl && !isTest) {
      log("Using the PostgreSQL server at DATABASE_URL")
      await assertDatabaseReachable(databaseUrl)
    } else if (testServer) {
      copiedSeed = await copySeededTemplate<SeedReport>(testServer, seededTemplate, testDatabase)
      // With Stripe, the run's seed without it does too: the regions are given cards once the backend runs.
      if (!copiedSeed && stripe) {
        const withoutStripe = seededTemplateName({ productLimit: options.seedProducts, stack: true })
        copiedSeed = await copySeededTemplate<SeedReport>(testServer, withoutStripe, testDatabase)
        offerCards = Boolean(copiedSeed)
      }
      databaseUrl = copiedSeed ? `${testServer}/${testDatabase}` : await copyMigratedTemplate(testServer, testDatabase)
    } else {
      const port = isTest ? await freePort() : Number(process.env.OCOP_DB_PORT ?? 54329)
      if (!isTest) await assertPortFree(port, "embedded PostgreSQL", "OCOP_DB_PORT")
      log(`Starting the embedded PostgreSQL on port ${port}`)
      database = await startEmbeddedPostgres({
        dataDir: isTest ? tempDataDir("e2e") : join(dataDir, "postgres"),
        port,
        persistent: !isTest,
      })
      await ensureDatabase(database.serverUrl, "ocop")
      databaseUrl = `${database.serverUrl}/ocop`
    }

    const storefrontUrl = `http://localhost:${storefrontPort}`
    const env = backendEnv({
      databaseUrl,
      port: backendPort,
      storefrontUrl,
      production,
      extraEnv: {
        ...(isTest ? testSecrets() : { OCOP_DEMO: "1" }),
        // the built server always serves its admin; the sources run without it (API tests)
        ADMIN_DISABLED: production ? "false" : "true",
        OCOP_PLAIN_HTTP: "1",
        ...(options.seedProducts ? { OCOP_SEED_PRODUCTS: String(options.seedProducts) } : {}),
      },
    })

    const runtime = readRuntime()
    const state = (runtime.databases[databaseUrl] ??= {})
    // Switching the search engine is a migration too: it builds the index in the new engine.
    const migrationHash = fingerprint(MIGRATION_INPUTS) + (process.env.MEILISEARCH_HOST ? "+meilisearch" : "")
    const migrated = isTest ? Boolean(testServer) : state.migrated === migrationHash
    if (!migrated) {
      log("Migrating the database")
      await migrate(env)
      state.migrated = migrationHash
      if (!isTest) writeRuntime(runtime)
    }
    // The seed also gives the regions the Stripe provider when Stripe is configured: run it again
    // when that changes.
    const seedHash = fingerprint(SEED_INPUTS) + (process.env.STRIPE_API_KEY ? "+stripe" : "")
    if (copiedSeed) {
      state.report = copiedSeed
    } else if (isTest || state.seeded !== seedHash || !state.report) {
      log("Seeding the demo catalogue (idempotent)")
      state.report = await seed(env, options.quiet)
      state.seeded = seedHash
      if (!isTest) writeRuntime(runtime)
      // Saved before the backend starts, while nothing is connected to the seeded database.
      if (testServer) await saveSeededTemplate(testServer, seededTemplate, testDatabase, state.report)
    }

    const backendUrl = `http://localhost:${backendPort}`
    const report = state.report
    // The storefront starts while the backend boots: it does not call the backend until a page is asked for.
    log("Starting the backend and the storefront")
    const started = await Promise.allSettled([
      startBackendLayout(env, backendPort, { layout, production, quiet: options.quiet, log, services }),
      startStorefront({
        port: storefrontPort,
        backendUrl,
        publishableKey: report.publishableKey,
        quiet: options.quiet,
        // tests fail on a message shown with a placeholder unfilled (i18n fillMessage)
        extraEnv: isTest
          ? { SESSION_SECRET: randomBytes(32).toString("hex"), OCOP_STRICT_I18N: "1" }
          : { OCOP_DEMO: "1" },
      }).then((storefront) => services.push(storefront)),
    ])
    const failed = started.find((result) => result.status === "rejected")
    if (failed) throw (failed as PromiseRejectedResult).reason
    if (offerCards) await offerCardPayments(backendClient({ backendUrl, ...report }))
    return { backendUrl, storefrontUrl, databaseUrl, ...state.report, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * One backend process that serves and works, or Medusa's production layout: several server
 * processes behind the backend's port and a worker, sharing Redis. Pushes what it starts onto
 * `services` (stopped in reverse order).
 */
async function startBackendLayout(
  env: NodeJS.ProcessEnv,
  backendPort: number,
  options: {
    layout: { servers: number; ports: Awaited<ReturnType<typeof layoutPorts>> } | undefined
    production: boolean
    quiet?: boolean
    log: (line: string) => void
    services: Pick<Service, "stop">[]
  },
) {
  const { layout, production, quiet, log, services } = options
  if (!layout) {
    services.push(await startBackend(env, backendPort, { production, quiet }))
    return
  }
  if (!env.REDIS_URL) {
    if (!redisServerAvailable())
      throw new StackError(
        "Several server processes need Redis: set REDIS_URL, or install redis-server (apt-get install redis-server).",
      )
    log("Starting Redis")
    const redis = await startRedis()
    services.push(redis)
    env.REDIS_URL = redis.url
  }
  log(`Starting ${layout.servers} server processes and a worker`)
  const processes = await startBackendProcesses(env, { ports: layout.ports, production, quiet })
  services.push(processes)
  log(
    `Servers ${processes.servers.map((s) => s.url).join(", ")} behind http://localhost:${backendPort}; worker ${processes.worker.url}`,
  )
}

/**
 * The balancer takes the backend's port; the servers the ones after it, then the worker (its port
 * only answers /health). Tests take free ports.
 */
async function layoutPorts(servers: number, isTest: boolean, publicPort: number) {
  const ports: number[] = []
  for (let i = 0; i <= servers; i++) {
    const port = isTest ? await freePort() : publicPort + 1 + i
    if (!isTest) await assertPortFree(port, "backend process", "PORT")
    ports.push(port)
  }
  return { public: publicPort, servers: ports.slice(0, servers), worker: ports[servers] }
}

/**
 * Tests run like production: real random secrets, never the demo ones. Their browsers register
 * many accounts from one address, above the production limit on new accounts per address.
 */
function testSecrets() {
  return {
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    AUTH_REGISTRATIONS_PER_ADDRESS: "100000",
  }
}
