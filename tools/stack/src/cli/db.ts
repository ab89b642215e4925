/**
 * `npm run db`: only the embedded PostgreSQL, for tools that need a server of their own
 * (`medusa plugin:db:generate`, psql). Prints the variables to use; Ctrl-C stops it.
 */
import { join } from "node:path"
import { ensureDatabase, startEmbeddedPostgres } from "../database"
import { StackError } from "../errors"
import { dataDir } from "../paths"
import { assertPortFree } from "../ports"
import { onShutdown } from "../shutdown"

const port = Number(process.env.OCOP_DB_PORT ?? 54329)
let database: Awaited<ReturnType<typeof startEmbeddedPostgres>>
try {
  await assertPortFree(port, "embedded PostgreSQL", "OCOP_DB_PORT")
  database = await startEmbeddedPostgres({ dataDir: join(dataDir, "postgres"), port, persistent: true })
  await ensureDatabase(database.serverUrl, "ocop")
} catch (error) {
  console.error(`\n\x1b[31m[ocop] ${error instanceof StackError ? error.message : (error as Error).stack}\x1b[0m\n`)
  process.exit(1)
}
console.log(`PostgreSQL is up. Use:
  DATABASE_URL=${database.serverUrl}/ocop
  DB_HOST=localhost DB_PORT=${port} DB_USERNAME=${database.user} DB_PASSWORD=${database.password}
Ctrl-C stops it.`)
onShutdown(() => database.stop(), console.log)
