import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs"
import { join } from "node:path"
import { tmpdir } from "node:os"
import { backendDir, bin } from "./paths"
import { run, startService, waitForHttp, type LineFilter, type Service } from "./processes"
import { serverLines, serverLogEnv } from "./server-logs"

export type SeedReport = {
  publishableKey: string
  /** The demo logins: who (role), and where to sign in (a storefront path, or /app for the admin). */
  logins: Record<string, { email: string; password: string; role?: string; signIn?: string }>
}

export type BackendEnv = {
  databaseUrl: string
  port: number
  storefrontUrl: string
  production: boolean
  quiet?: boolean
  extraEnv?: NodeJS.ProcessEnv
}

export function backendEnv(options: BackendEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    PORT: String(options.port),
    MEDUSA_BACKEND_URL: `http://localhost:${options.port}`,
    STOREFRONT_URL: options.storefrontUrl,
    OCOP_UPLOAD_DIR: join(backendDir, "static"),
    OCOP_PRIVATE_UPLOAD_DIR: join(backendDir, "private-files"),
    NODE_ENV: options.production ? "production" : "development",
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...options.extraEnv,
  }
}

/** Medusa logs JSON lines in production; the seed's progress lines are what a user wants to see. */
const seedProgress: LineFilter = (line) => {
  try {
    const message = String(JSON.parse(line).message ?? "")
    return /^(Catalogue|Certification|Demo seed)/.test(message) ? message : undefined
  } catch {
    return /Catalogue|Certification|Demo seed/.test(line) ? line.replace(/^.*?info\S*\s+/, "") : undefined
  }
}

/** Runs the migrations; their output is shown only if they fail. */
export function migrate(env: NodeJS.ProcessEnv) {
  return run("migrate", bin("medusa"), ["db:migrate"], { cwd: backendDir, env, quiet: true })
}

/** Runs the idempotent seed and returns what it reports: the publishable API key and the demo logins. */
export async function seed(env: NodeJS.ProcessEnv, quiet = false) {
  const reportFile = join(tmpdir(), `ocop-seed-${process.pid}-${Date.now()}.json`)
  await run("seed", bin("medusa"), ["exec", "./src/scripts/seed.ts"], {
    cwd: backendDir,
    env: { ...env, OCOP_SEED_REPORT: reportFile },
    quiet,
    show: seedProgress,
  })
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as SeedReport
  rmSync(reportFile, { force: true })
  return report
}

/**
 * Production mode runs the built server (`medusa build` output, admin included); otherwise
 * the sources run through ts-node with the admin disabled (tests).
 */
export async function startBackend(
  env: NodeJS.ProcessEnv,
  port: number,
  options: { production: boolean; quiet?: boolean; name?: string },
) {
  const cwd = options.production ? join(backendDir, ".medusa", "server") : backendDir
  if (options.production) {
    if (!existsSync(join(cwd, "medusa-config.js"))) {
      throw new Error("The backend is not built: run `npm run build` first.")
    }
    linkUploads(cwd)
  }
  const service: Service = startService(options.name ?? "backend", bin("medusa"), ["start"], {
    cwd,
    env: serverLogEnv(env),
    quiet: options.quiet,
    show: serverLines(env.LOG_LEVEL),
  })
  await waitForHttp(`http://localhost:${port}/health`, service, 180_000)
  return service
}

/**
 * Medusa serves /static from its working directory; the built server runs in .medusa/server
 * (recreated by every build) while uploads live in backend/static. Link the two.
 */
function linkUploads(serverDir: string) {
  const uploads = join(backendDir, "static")
  const link = join(serverDir, "static")
  mkdirSync(uploads, { recursive: true })
  if (!existsSync(link) && !isSymlink(link)) symlinkSync(uploads, link, "dir")
}

function isSymlink(path: string) {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}
