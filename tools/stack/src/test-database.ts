import { migrate } from "./backend"
import type pg from "pg"
import { startEmbeddedPostgres, tempDataDir, withServer, type Database } from "./database"
import { freePort } from "./ports"

/** The database a test run migrates once; each test file (or stack) starts from a copy of it. */
export const MIGRATED_TEMPLATE = "ocop_migrated_template"

/** Set by `startTestPostgres` for the test files of the run: the server holding the template. */
const SERVER_ENV = "OCOP_TEST_POSTGRES"

/**
 * One throw-away PostgreSQL for a whole test run (a vitest global setup), with the template
 * migrated once: copying a database is far cheaper than migrating it in every file. (Medusa's
 * data migration scripts run too; on an empty database they change nothing.)
 */
export async function startTestPostgres(label: string): Promise<Database> {
  const database = await startEmbeddedPostgres({
    dataDir: tempDataDir(label),
    port: await freePort(),
    persistent: false,
  })
  await withServer(database.serverUrl, (client) => client.query(`create database "${MIGRATED_TEMPLATE}"`))
  await migrate({
    ...process.env,
    DATABASE_URL: `${database.serverUrl}/${MIGRATED_TEMPLATE}`,
    MEDUSA_DISABLE_TELEMETRY: "true",
  })
  process.env[SERVER_ENV] = database.serverUrl
  return database
}

/** The run's PostgreSQL server URL when a global setup started one (see `startTestPostgres`). */
export function testPostgresServer() {
  return process.env[SERVER_ENV]
}

/** A new database, already migrated: a copy of the run's template. */
export async function copyMigratedTemplate(serverUrl: string, name: string) {
  await withServer(serverUrl, (client) => client.query(`create database "${name}" template "${MIGRATED_TEMPLATE}"`))
  return `${serverUrl}/${name}`
}

/**
 * Seeded templates: a test file that seeded its database saves a copy under `template` (with what
 * the seed reported, as the database's comment); later files start from a copy of it instead of
 * seeding again. Reads and writes of one template are serialised by an advisory lock on its name,
 * so a file never copies a template half made.
 */
async function underLock<T>(client: pg.Client, template: string, work: () => Promise<T>) {
  await client.query("select pg_advisory_lock(hashtext($1))", [template])
  try {
    return await work()
  } finally {
    await client.query("select pg_advisory_unlock(hashtext($1))", [template])
  }
}

/**
 * The database that holds the run's demo seed of these options, once a test file has saved it.
 * A stack's seed (`npm start`'s, reporting the demo logins) is another template than a spec's of the
 * same size.
 */
export function seededTemplateName(seed: { productLimit?: number; demo?: boolean; stripe?: boolean; stack?: boolean }) {
  return `ocop_seeded_${seed.productLimit ?? "all"}${seed.demo ? "_demo" : ""}${seed.stripe ? "_stripe" : ""}${seed.stack ? "_stack" : ""}`
}

/**
 * Creates database `name` as a copy of the seeded template `template` and returns the seed's report,
 * or returns null (and creates nothing) when no file has saved that template yet in this run.
 */
export async function copySeededTemplate<Report>(serverUrl: string, template: string, name: string) {
  return withServer(serverUrl, (client) =>
    underLock(client, template, async () => {
      const { rows } = await client.query(
        "select shobj_description(oid, 'pg_database') as report from pg_database where datname = $1",
        [template],
      )
      if (!rows.length) return null
      await client.query(`create database "${name}" template "${template}"`)
      return JSON.parse(rows[0].report) as Report
    }),
  )
}

/**
 * Saves database `from` (just seeded; its app idle) as the seeded template `template`, unless
 * another file saved it first. Copying needs `from` without sessions: the app's connections are
 * closed, as Medusa's test runner does before each test, and its pool opens new ones.
 */
export async function saveSeededTemplate(serverUrl: string, template: string, from: string, report: unknown) {
  await withServer(serverUrl, (client) =>
    underLock(client, template, async () => {
      const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [template])
      if (rowCount) return
      await client.query(`alter database "${from}" with allow_connections false`)
      try {
        await client.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", [from])
        await client.query(`create database "${template}" template "${from}"`)
        await client.query(`comment on database "${template}" is ${client.escapeLiteral(JSON.stringify(report))}`)
      } finally {
        await client.query(`alter database "${from}" with allow_connections true`)
      }
    }),
  )
}
