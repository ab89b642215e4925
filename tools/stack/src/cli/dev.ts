/**
 * `npm run dev`: for developers. The same database, migrations and seed as `npm start`, then
 * turbo's persistent dev tasks: `medusa develop` (hot reload, admin with Vite), the plugin
 * watcher and the storefront's Vite dev server.
 */
import { backendEnv, migrate, seed } from "../backend"
import { ensureDatabase, startEmbeddedPostgres, type Database } from "../database"
import { StackError } from "../errors"
import { bin, dataDir, repoRoot } from "../paths"
import { assertPortFree } from "../ports"
import { startService } from "../processes"
import { onShutdown } from "../shutdown"
import { join } from "node:path"

const log = (line: string) => console.log(`\x1b[36m[ocop]\x1b[0m ${line}`)
let database: Database | undefined

try {
  const backendPort = Number(process.env.PORT ?? 9000)
  const storefrontPort = Number(process.env.STOREFRONT_PORT ?? 5173)
  await assertPortFree(backendPort, "backend", "PORT")
  let databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) {
    const port = Number(process.env.OCOP_DB_PORT ?? 54329)
    await assertPortFree(port, "embedded PostgreSQL", "OCOP_DB_PORT")
    database = await startEmbeddedPostgres({ dataDir: join(dataDir, "postgres"), port, persistent: true })
    await ensureDatabase(database.serverUrl, "ocop")
    databaseUrl = `${database.serverUrl}/ocop`
  }
  const env = backendEnv({
    databaseUrl,
    port: backendPort,
    storefrontUrl: `http://localhost:${storefrontPort}`,
    production: false,
  })
  log("Migrating and seeding")
  await migrate(env)
  const report = await seed(env)
  const dev = startService(
    "dev",
    bin("turbo"),
    [
      "run",
      "dev",
      "--filter=@ocop/backend",
      "--filter=@ocop/storefront",
      "--filter=@ocop/plugin-ocop",
      "--filter=@ocop/plugin-search",
      "--filter=@ocop/plugin-promotion",
      "--filter=@ocop/plugin-marketplace",
      "--filter=@ocop/plugin-wholesale",
      "--filter=@ocop/plugin-messages",
      "--filter=@ocop/plugin-notifications",
      "--filter=@ocop/plugin-reviews",
    ],
    {
      cwd: repoRoot,
      env: {
        ...env,
        MEDUSA_BACKEND_URL: `http://localhost:${backendPort}`,
        MEDUSA_PUBLISHABLE_KEY: report.publishableKey,
      },
    },
  )
  log(
    `Backend http://localhost:${backendPort}/app · storefront http://localhost:${storefrontPort} · admin ${report.logins.admin.email} / ${report.logins.admin.password}`,
  )
  onShutdown(async () => {
    await dev.stop()
    await database?.stop()
  }, log)
  dev.child.on("exit", () => process.kill(process.pid, "SIGTERM"))
} catch (error) {
  console.error(`\n\x1b[31m[ocop] ${error instanceof StackError ? error.message : (error as Error).stack}\x1b[0m\n`)
  process.exit(1)
}
