import { ensureDatabase, freePort, migrate, startEmbeddedPostgres, tempDataDir } from "@ocop/stack"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { MIGRATED_TEMPLATE } from "./helpers/test-runner"

/**
 * One throw-away PostgreSQL per test run; each test file creates and drops its own database in it,
 * cloned from a template migrated once here (see helpers/test-runner.ts).
 */
export default async function setup() {
  const database = await startEmbeddedPostgres({ dataDir: tempDataDir("backend-test"), port: await freePort(), persistent: false })
  Object.assign(process.env, {
    DB_HOST: "localhost", // 127.0.0.1 makes Medusa's test runner try SSL and hang
    DB_PORT: String(database.port),
    DB_USERNAME: database.user,
    DB_PASSWORD: database.password,
    OCOP_UPLOAD_DIR: mkdtempSync(join(tmpdir(), "ocop-uploads-")),
    MEDUSA_DISABLE_TELEMETRY: "true",
    ADMIN_DISABLED: "true",
  })
  await ensureDatabase(database.serverUrl, MIGRATED_TEMPLATE)
  await migrate({ ...process.env, DATABASE_URL: `${database.serverUrl}/${MIGRATED_TEMPLATE}` }, { skipScripts: true })
  return () => database.stop()
}
