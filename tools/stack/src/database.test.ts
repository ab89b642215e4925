import { createServer } from "node:net"
import pg from "pg"
import { describe, expect, it } from "vitest"
import { assertDatabaseReachable, ensureDatabase, startEmbeddedPostgres, tempDataDir } from "./database"
import { StackError } from "./errors"
import { assertPortFree, freePort } from "./ports"

describe("embedded PostgreSQL", () => {
  it("starts a real server from npm, with unaccent and pg_trgm, creates a database idempotently and stops", async () => {
    const database = await startEmbeddedPostgres({ dataDir: tempDataDir("unit"), port: await freePort(), persistent: false })
    try {
      await ensureDatabase(database.serverUrl, "ocop_test")
      await ensureDatabase(database.serverUrl, "ocop_test")
      const client = new pg.Client({ connectionString: `${database.serverUrl}/ocop_test` })
      await client.connect()
      try {
        // the extensions Vietnamese search relies on ship with the embedded binaries
        await client.query("create extension unaccent; create extension pg_trgm")
        const { rows } = await client.query("select unaccent('Mật ong hoa nhãn') as plain, similarity('nuoc mam', 'nuoc mamm') > 0.5 as close")
        expect(rows[0]).toEqual({ plain: "Mat ong hoa nhan", close: true })
      } finally {
        await client.end()
      }
    } finally {
      await database.stop()
    }
  })
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
    await expect(failure).rejects.toThrow(/Cannot reach the database at DATABASE_URL \(postgres:\/\/shop:\*\*\*@localhost/)
    await expect(failure).rejects.not.toThrow(/s3cret/)
  })
})
