import { startTestPostgres } from "@ocop/stack"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

/**
 * One throw-away PostgreSQL per test run, with a database migrated once; each test file works
 * on its own copy of it (helpers/test-runner.ts).
 */
export default async function setup() {
  const database = await startTestPostgres("backend-test")
  Object.assign(process.env, {
    DB_HOST: "localhost", // 127.0.0.1 makes Medusa's test runner try SSL and hang
    DB_PORT: String(database.port),
    DB_USERNAME: database.user,
    DB_PASSWORD: database.password,
    OCOP_UPLOAD_DIR: mkdtempSync(join(tmpdir(), "ocop-uploads-")),
    OCOP_PRIVATE_UPLOAD_DIR: mkdtempSync(join(tmpdir(), "ocop-private-")),
    MEDUSA_DISABLE_TELEMETRY: "true",
    ADMIN_DISABLED: "true",
  })
  return () => database.stop()
}
