import { ModulesSdkUtils } from "@medusajs/framework/utils"
import {
  backendEnv,
  copyMigratedTemplate,
  copySeededTemplate,
  freePort,
  redisServerAvailable,
  seed,
  seededTemplateName,
  startBackendProcesses,
  startRedis,
  testPostgresServer,
  type BackendProcesses,
} from "@ocop/stack"
import axios, { type AxiosInstance } from "axios"
import { randomBytes } from "node:crypto"
import { readyCodCarts } from "../helpers/checkout"
import { adminHeaders, settle } from "../helpers/ocop"
import { eventually } from "../helpers/ocop"

/**
 * Medusa's production layout, as `npm start -- --servers 2` runs it: two server processes and a
 * worker (`medusa start` in MEDUSA_WORKER_MODE server / worker), one PostgreSQL, one Redis (event
 * bus, workflow engine, locking, sessions, sign-in limits). The checkout drills with their
 * requests spread over both servers, a revocation made through one server seen by the other and,
 * through the worker, by the search index. One stack for every case of the file.
 */
const available = redisServerAvailable()
if (!available)
  console.warn(
    "SKIPPED drills-processes.spec.ts: /usr/bin/redis-server is not installed (apt-get install redis-server)",
  )

const STOCK = 10
/** Demo products seeded: the drills use the first two on sale. */
const SEED_PRODUCTS = 2
const BUYERS = 100

let redis: Awaited<ReturnType<typeof startRedis>> | undefined
let stack: BackendProcesses | undefined
let db: ReturnType<typeof ModulesSdkUtils.createPgConnection> | undefined
let servers: AxiosInstance[]
let publishableKey: string
let admin: { headers: Record<string, string> }
const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })
/** The servers in turn: request i goes to server i mod 2. */
const server = (i: number) => servers[i % servers.length]

describe.runIf(available)("two server processes and a worker on one PostgreSQL and Redis", () => {
  beforeAll(async () => {
    redis = await startRedis()
    // The demo seed of the run's other files when one of them saved it (same rows: see
    // helpers/demo-store.ts), else a migrated copy that the seed script fills below.
    const postgres = testPostgresServer()!
    const name = `drills_processes_${randomBytes(6).toString("hex")}`
    const seeded = await copySeededTemplate<{ publishableKey: string }>(
      postgres,
      seededTemplateName({ productLimit: SEED_PRODUCTS }),
      name,
    )
    const databaseUrl = seeded ? `${postgres}/${name}` : await copyMigratedTemplate(postgres, name)
    const ports = { public: await freePort(), servers: [await freePort(), await freePort()], worker: await freePort() }
    const env = backendEnv({
      databaseUrl,
      port: ports.public,
      storefrontUrl: "http://localhost:1",
      production: false,
      extraEnv: {
        ADMIN_DISABLED: "true",
        OCOP_SEED_PRODUCTS: String(SEED_PRODUCTS),
        LOG_LEVEL: "error",
        OCOP_PLAIN_HTTP: "1",
        JWT_SECRET: randomBytes(32).toString("hex"),
        COOKIE_SECRET: randomBytes(32).toString("hex"),
      },
    })
    // The seed runs alone (its events handled in its own process), then the processes share Redis
    publishableKey = seeded ? seeded.publishableKey : (await seed(env, true)).publishableKey
    stack = await startBackendProcesses({ ...env, REDIS_URL: redis.url }, { ports, production: false, quiet: true })
    servers = stack.servers.map((s) => axios.create({ baseURL: s.url, timeout: 60_000 }))
    db = ModulesSdkUtils.createPgConnection({ clientUrl: databaseUrl })
    admin = await adminHeaders(server(0))
  }, 420_000)

  afterAll(async () => {
    await db?.destroy()
    await stack?.stop()
    await redis?.stop()
  })

  async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
    return (await db!.raw(text, params as any[])).rows as T[]
  }

  /** A seeded product on sale with a valid certificate, its first variant and that variant's stock. */
  async function productOnSale(offset: number) {
    const { data } = await server(offset).get(`/store/ocop/products?limit=1&offset=${offset}`, store())
    const product = data.products[0]
    const [variant] = await sql(
      `select v.id, pvi.inventory_item_id from product_variant v
         join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
        where v.product_id = ? and v.deleted_at is null order by v.id limit 1`,
      [product.id],
    )
    return { product, variantId: variant.id as string, inventoryItemId: variant.inventory_item_id as string }
  }

  async function regionId() {
    const { data } = await server(1).get("/store/regions", store())
    return data.regions.find((r: any) => r.currency_code === "vnd").id as string
  }

  /** Makes `available` units sellable on top of what is reserved (the admin API, on the other server). */
  async function setAvailable(inventoryItemId: string, available: number) {
    const [level] = await sql(
      `select location_id, reserved_quantity::int reserved from inventory_level where inventory_item_id = ? and deleted_at is null`,
      [inventoryItemId],
    )
    await server(1).post(
      `/admin/inventory-items/${inventoryItemId}/location-levels/${level.location_id}`,
      { stocked_quantity: level.reserved + available },
      admin,
    )
  }

  async function stock(inventoryItemId: string) {
    const [level] = await sql(
      `select stocked_quantity::int stocked, reserved_quantity::int reserved,
              (select coalesce(sum(r.quantity), 0)::int from reservation_item r
                where r.inventory_item_id = l.inventory_item_id and r.deleted_at is null) reservations
         from inventory_level l where inventory_item_id = ? and deleted_at is null`,
      [inventoryItemId],
    )
    return level as { stocked: number; reserved: number; reservations: number }
  }

  async function orderLines(variantId: string) {
    const [row] = await sql(
      `select count(distinct o.id)::int n from "order" o join order_item oi on oi.order_id = o.id
         join order_line_item li on li.id = oi.item_id
        where li.variant_id = ? and o.deleted_at is null and o.canceled_at is null`,
      [variantId],
    )
    return row.n as number
  }

  it("runs HTTP in the servers only and the background work in the worker only", async () => {
    for (const s of stack!.servers) expect((await axios.get(`${s.url}/store/regions`, store())).status).toBe(200)
    // The worker serves no route (Medusa's worker mode loads no API), only its health check
    expect((await axios.get(`${stack!.worker.url}/health`)).status).toBe(200)
    const fromWorker = await settle(axios.get(`${stack!.worker.url}/store/regions`, store()))
    expect(fromWorker.status).toBe(404)
    // And the balancer answers on the public port, for the storefront and the admin
    const front = await Promise.all([0, 1, 2, 3].map(() => axios.get(`${stack!.url}/store/regions`, store())))
    for (const r of front) expect(r.status).toBe(200)
  })

  it(`sells exactly ${STOCK} units to ${BUYERS} buyers completing at once on two servers: ${STOCK} orders, stock 0`, async () => {
    const { variantId, inventoryItemId } = await productOnSale(0)
    await setAvailable(inventoryItemId, STOCK)
    const before = await orderLines(variantId)
    const emails = Array.from({ length: BUYERS }, (_, i) => `processes-oversell-${i}@ocop.test`)
    const carts = await readyCodCarts(server(0), store(), db!, {
      regionId: await regionId(),
      lines: [{ variant_id: variantId, quantity: 1 }],
      emails,
    })
    const results = await Promise.all(
      carts.map((id, i) => settle(server(i).post(`/store/carts/${id}/complete`, {}, store()))),
    )

    const placed = results.filter((r) => r.status === 200 && r.data.type === "order")
    expect(placed).toHaveLength(STOCK)
    // Every other buyer, on either server, gets a clean 4xx naming the stock (no 5xx, no hang)
    for (const r of results.filter((r) => !(r.status === 200 && r.data.type === "order"))) {
      expect(r.status).toBeLessThan(500)
      expect(JSON.stringify(r.data)).toMatch(/inventory|stock|quantity/i)
    }
    expect((await orderLines(variantId)) - before).toBe(STOCK)
    const level = await stock(inventoryItemId)
    expect(level.stocked - level.reserved).toBe(0)
    expect(level.reserved).toBe(level.reservations)
  }, 600_000)

  it("turns one cart submitted at once to both servers into exactly one order", async () => {
    const { variantId, inventoryItemId } = await productOnSale(0)
    await setAvailable(inventoryItemId, 5)
    const [cartId] = await readyCodCarts(server(1), store(), db!, {
      regionId: await regionId(),
      lines: [{ variant_id: variantId, quantity: 1 }],
      emails: ["processes-double@ocop.test"],
    })
    const before = await orderLines(variantId)
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) => settle(server(i).post(`/store/carts/${cartId}/complete`, {}, store()))),
    )
    for (const r of results) expect(r.status).toBeLessThan(500)
    const orderIds = new Set(results.filter((r) => r.data?.type === "order").map((r) => r.data.order.id))
    expect(orderIds.size).toBe(1)
    expect((await orderLines(variantId)) - before).toBe(1)
    const level = await stock(inventoryItemId)
    expect(level.stocked - level.reserved).toBe(4)
    // A retry on either server returns the same order
    for (const i of [0, 1]) {
      const retry = await settle(server(i).post(`/store/carts/${cartId}/complete`, {}, store()))
      expect(retry.status).toBe(200)
      expect(retry.data.order.id).toBe([...orderIds][0])
    }
    expect((await orderLines(variantId)) - before).toBe(1)
  }, 180_000)

  it("a certificate revoked through one server leaves the other's answers at once, and the search index through the worker", async () => {
    const { product } = await productOnSale(1)
    const [certificate] = await sql(
      `select id, decision_number from ocop_certificate where product_id = ? and status = 'valid' and deleted_at is null`,
      [product.id],
    )
    const searchHits = () =>
      server(1)
        .get(`/store/ocop/search?q=${encodeURIComponent(product.title)}&limit=50`, store())
        .then((r) => r.data.hits.map((hit: any) => hit.id) as string[])
    await eventually(searchHits, (ids) => expect(ids).toContain(product.id), 30_000)

    // With the worker paused, nothing else takes the revocation's events off the Redis queue: the
    // servers load the subscribers but never run them (Medusa's server mode)
    const workerGroup = -stack!.worker.service.child.pid!
    process.kill(workerGroup, "SIGSTOP")
    try {
      const revoke = await server(0).post(
        `/admin/ocop/certificates/${certificate.id}/revoke`,
        { reason: "Kiểm tra chất lượng không đạt / Quality check failed" },
        admin,
      )
      expect(revoke.status).toBe(200)

      // The other server answers from the shared database at once: listing, product, certificate check
      const other = server(1)
      const listing = await other.get(`/store/ocop/products?id=${product.id}`, store())
      expect(listing.data).toMatchObject({ products: [], count: 0 })
      const all = await other.get("/store/ocop/products?limit=100", store())
      expect(all.data.products.map((p: any) => p.id)).not.toContain(product.id)
      const storeProduct = await other.get(`/store/products?handle=${product.handle}`, store())
      expect(storeProduct.data.products).toEqual([])
      const own = await other.get(`/store/ocop/products/${product.handle}/certificate`, store())
      expect(own.data.certificate).toMatchObject({ status: "revoked", valid: false })
      const verify = await other.get(
        `/store/ocop/certificates/verify?decision_number=${encodeURIComponent(certificate.decision_number)}`,
        store(),
      )
      expect(verify.data.certificate).toMatchObject({ status: "revoked", valid: false })

      // The index is the worker's to update: still the old document while it is paused
      await new Promise((done) => setTimeout(done, 3000))
      expect(await searchHits()).toContain(product.id)
    } finally {
      process.kill(workerGroup, "SIGCONT")
    }
    // Resumed, the worker takes the events from Redis: gone from search on both servers within seconds
    const resumed = Date.now()
    await eventually(searchHits, (ids) => expect(ids).not.toContain(product.id), 15_000)
    const { data } = await server(0).get(`/store/ocop/search?q=${encodeURIComponent(product.title)}&limit=50`, store())
    expect(data.hits.map((hit: any) => hit.id)).not.toContain(product.id)
    expect(Date.now() - resumed).toBeLessThan(15_000)
  }, 120_000)

  it("refuses a second search rebuild while one runs on another process (the rebuild lock is in Redis)", async () => {
    const { data } = await server(1).get("/admin/ocop/search/status", admin)
    // What a rebuild running elsewhere holds: the Search Module's lock on the index, in Redis
    const { default: Redis } = await import("ioredis")
    const client = new Redis(redis!.url)
    const key = `medusa_lock:search:seed:${data.status.index}`
    try {
      await client.set(key, "execute:another-process", "EX", 30)
      const refused = await settle(server(1).post("/admin/ocop/search/reindex", {}, admin))
      expect(refused.status).toBe(409)
      await client.del(key)
    } finally {
      client.disconnect()
    }
    const started = await server(1).post("/admin/ocop/search/reindex", {}, admin)
    expect(started.status).toBe(202)
    await eventually(
      () => server(1).get("/admin/ocop/search/status", admin),
      (r) => expect(r.data.status.job.status).toBe("done"),
      60_000,
    )
  }, 90_000)

  it("shares sign-in limits and sessions between the servers", async () => {
    const email = "processes.limit@example.vn"
    const password = "mật-khẩu-đúng-123"
    await server(0).post("/auth/customer/emailpass/register", { email, password })
    // Ten wrong passwords, alternating between the servers, use up the account's limit on both
    for (let n = 0; n < 10; n++) {
      const attempt = await settle(server(n).post("/auth/customer/emailpass", { email, password: `sai-${n}` }))
      expect(attempt.status).toBe(401)
    }
    for (const i of [0, 1]) {
      const refused = await settle(server(i).post("/auth/customer/emailpass", { email, password }))
      expect(refused.status).toBe(429)
    }

    // A session cookie made by one server is honoured by the other (Medusa keeps sessions in Redis)
    const other = "processes.session@example.vn"
    const { data: registered } = await server(0).post("/auth/customer/emailpass/register", { email: other, password })
    await server(0).post(
      "/store/customers",
      { email: other, first_name: "Lan" },
      { headers: { ...store().headers, authorization: `Bearer ${registered.token}` } },
    )
    const { data: signedIn } = await server(1).post("/auth/customer/emailpass", { email: other, password })
    const session = await server(0).post(
      "/auth/session",
      {},
      { headers: { authorization: `Bearer ${signedIn.token}` } },
    )
    const cookie = String(session.headers["set-cookie"]?.[0] ?? "").split(";")[0]
    expect(cookie).toMatch(/^connect\.sid=/)
    const me = await server(1).get("/store/customers/me", { headers: { ...store().headers, cookie } })
    expect(me.data.customer.email).toBe(other)
  }, 60_000)
})
