import { redisServerAvailable, startRedis } from "@ocop/stack"
import { integrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"

/**
 * With REDIS_URL the backend swaps its in-process event bus, cache, workflow engine and locking
 * for Medusa's Redis modules. Needs Debian's redis-server (installed by .ci/run).
 */
const available = redisServerAvailable()
if (!available)
  console.warn("SKIPPED redis-modules.spec.ts: /usr/bin/redis-server is not installed (apt-get install redis-server)")

const redis = available ? await startRedis() : undefined
// medusa-config.ts reads REDIS_URL when the runner loads it; this worker's env is its own
if (redis) process.env.REDIS_URL = redis.url

describe.runIf(available)("with REDIS_URL", () => {
  afterAll(() => redis?.stop())

  integrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      it("boots on Medusa's Redis event bus, cache, workflow engine and locking, and serves requests", async () => {
        const container = getContainer()
        expect(container.resolve(Modules.EVENT_BUS).constructor.name).toMatch(/Redis/)
        expect(container.resolve(Modules.CACHE).constructor.name).toMatch(/Redis/)
        // the Redis workflow engine and event bus keep their BullMQ queues in this Redis
        const keys = await redisKeys(redis!.url)
        expect(keys.some((key) => key.includes("medusa-workflows"))).toBe(true)
        const locking = container.resolve(Modules.LOCKING) as any
        expect(await locking.execute("ocop-redis-probe", async () => "locked")).toBe("locked")
        const response = await api.get("/health")
        expect(response.status).toBe(200)
      })

      it("keeps the sign-in limits' counters in Redis, shared by every server process", async () => {
        const email = "redis.dem@example.vn"
        await api.post("/auth/customer/emailpass/register", { email, password: "mật-khẩu-đúng-123" })
        const attempt = (password: string) =>
          api.post("/auth/customer/emailpass", { email, password }).catch((error: any) => error.response)
        for (let n = 0; n < 10; n++) expect((await attempt(`sai-${n}-mật-khẩu`)).status).toBe(401)
        const refused = await attempt("mật-khẩu-đúng-123")
        expect(refused.status).toBe(429)
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
        expect(await redisKeys(redis!.url)).toContain(`auth_signInAccount:${email}`)
      })
    },
  })
})

async function redisKeys(url: string): Promise<string[]> {
  const { default: Redis } = await import("ioredis")
  const client = new Redis(url)
  try {
    return await client.keys("*")
  } finally {
    client.disconnect()
  }
}
