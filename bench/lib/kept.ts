import { join } from "node:path"
import pg from "pg"
import { ensureDatabase, freePort, startEmbeddedPostgres } from "@ocop/stack"

/** The table that marks a kept database's catalogue as completely imported. */
const MARK = "bench_catalogue"
const name = (size: number) => `bench_${size}`

/**
 * Imported catalogues kept between benchmark runs: an embedded PostgreSQL whose data lives in
 * `dir`, with one database per catalogue size (`bench_<size>`). A database counts once its import
 * finished (a one-row table says how many products it holds).
 */
export async function keptCatalogues(dir: string, log: (line: string) => void) {
  const port = await freePort()
  log(`kept catalogues: embedded PostgreSQL on port ${port}, data in ${dir}`)
  const server = await startEmbeddedPostgres({ dataDir: join(dir, "postgres"), port, persistent: true })
  const url = (size: number) => `${server.serverUrl}/${name(size)}`
  const admin = async <T>(work: (client: pg.Client) => Promise<T>, database = "postgres") => {
    const client = new pg.Client({ connectionString: `${server.serverUrl}/${database}` })
    await client.connect()
    try {
      return await work(client)
    } finally {
      await client.end()
    }
  }
  // Kept catalogues can be imported again: trade durability for import speed, as the throw-away
  // test databases do (these settings take effect on a reload).
  await admin(async (c) => {
    for (const setting of ["fsync", "synchronous_commit", "full_page_writes"])
      await c.query(`ALTER SYSTEM SET ${setting} = off`)
    await c.query(`SELECT pg_reload_conf()`)
  })
  const complete: number[] = []
  const databases = await admin((c) =>
    c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'bench\\_%'`),
  )
  for (const { datname } of databases.rows) {
    const size = Number(datname.slice("bench_".length))
    if (!Number.isInteger(size)) continue
    const marked = await admin(
      (c) =>
        c.query(`SELECT products FROM ${MARK}`).then(
          (r) => r.rows[0]?.products === size,
          () => false,
        ),
      datname,
    )
    if (marked) complete.push(size)
  }
  if (complete.length)
    log(`kept catalogues found: ${complete.map((size) => size.toLocaleString("en-US")).join(", ")} products`)
  return {
    complete: complete.sort((a, b) => a - b),
    url,
    /** A database for `size`: a copy of the kept `from` one (to top up), else an empty one. */
    async prepare(size: number, from?: number) {
      await admin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${name(size)}`)
        if (from) await c.query(`CREATE DATABASE ${name(size)} TEMPLATE ${name(from)}`)
      })
      if (!from) await ensureDatabase(server.serverUrl, name(size))
      return url(size)
    },
    async markComplete(size: number) {
      await admin(async (c) => {
        await c.query(`DROP TABLE IF EXISTS ${MARK}`)
        await c.query(`CREATE TABLE ${MARK} AS SELECT ${size}::int AS products`)
      }, name(size))
      complete.push(size)
    },
    stop: () => server.stop(),
  }
}
