import { migrate } from "./backend"
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
