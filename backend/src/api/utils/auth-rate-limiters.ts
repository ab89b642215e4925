import Redis from "ioredis"
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from "rate-limiter-flexible"

/**
 * The counters behind sign-in and password-reset limits. They live where every server process
 * sees them: in Redis when REDIS_URL is set, else in the PostgreSQL database Medusa already uses,
 * in a table of their own (created by rate-limiter-flexible on first use). Each store limiter has
 * an in-memory "insurance" limiter that takes over while the store is unreachable, so an outage
 * neither opens the gates nor refuses every sign-in.
 */

/** One limit: `points` attempts per `duration` seconds; at the limit, refused for `blockDuration` seconds. */
export type Limit = { points: number; duration: number; blockDuration: number }

export type AuthLimits = {
  /** Sign-in attempts per account (e-mail): tight; a successful sign-in resets it. */
  signInAccount: Limit
  /** Failed sign-ins per client address: generous (a school or an office shares one address). */
  signInAddress: Limit
  /** Password-reset requests per account (e-mail). */
  resetAccount: Limit
  /** Password-reset requests per client address. */
  resetAddress: Limit
  /** New accounts (customer, distributor, seller) per client address: stops scripted sign-ups. */
  registerAddress: Limit
}

const MINUTE = 60

export function authLimits(env: NodeJS.ProcessEnv): AuthLimits {
  // The window can be shortened for tests (AUTH_RATE_LIMIT_WINDOW_SECONDS); the counts cannot.
  const window =
    Number(env.AUTH_RATE_LIMIT_WINDOW_SECONDS) > 0 ? Number(env.AUTH_RATE_LIMIT_WINDOW_SECONDS) : 15 * MINUTE
  return {
    signInAccount: { points: 10, duration: window, blockDuration: window },
    signInAddress: { points: 100, duration: window, blockDuration: window },
    resetAccount: { points: 5, duration: 4 * window, blockDuration: 4 * window },
    resetAddress: { points: 30, duration: 4 * window, blockDuration: 4 * window },
    registerAddress: { points: registrations(env), duration: 4 * window, blockDuration: 4 * window },
  }
}

/**
 * New accounts per client address and hour: 20, enough for a family, a shop or a cooperative's
 * office behind one address. Test suites, which register hundreds of accounts from one machine,
 * raise it (AUTH_REGISTRATIONS_PER_ADDRESS, for tests only).
 */
function registrations(env: NodeJS.ProcessEnv) {
  const raised = Number(env.AUTH_REGISTRATIONS_PER_ADDRESS)
  return Number.isInteger(raised) && raised > 0 ? raised : 20
}

export type AuthLimiters = Record<keyof AuthLimits, RateLimiterAbstract>

export const RATE_LIMIT_TABLE = "auth_rate_limit"

export async function createAuthLimiters(
  limits: AuthLimits,
  store: { redisUrl?: string; knex: unknown },
): Promise<AuthLimiters> {
  const redis = store.redisUrl ? new Redis(store.redisUrl, { enableOfflineQueue: false }) : null
  // Count in Redis from the first attempt: until the client is connected the in-memory insurance
  // would count instead, and those attempts would be forgotten (at most 5 s, then insurance it is).
  if (redis) await connected(redis, 5_000)
  // One after another: each PostgreSQL limiter runs CREATE TABLE IF NOT EXISTS on the shared table,
  // and two at once can collide in PostgreSQL's catalogue ("type auth_rate_limit already exists").
  const entries: [keyof AuthLimits, RateLimiterAbstract][] = []
  for (const name of Object.keys(limits) as (keyof AuthLimits)[]) {
    const options = { ...limits[name], keyPrefix: `auth_${name}` }
    const insuranceLimiter = new RateLimiterMemory(options)
    if (redis) {
      entries.push([name, new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter })])
      continue
    }
    const postgres = (tableCreated: boolean) =>
      new Promise<RateLimiterPostgres>((resolve, reject) => {
        const created: RateLimiterPostgres = new RateLimiterPostgres(
          {
            ...options,
            storeClient: store.knex,
            storeType: "knex",
            tableName: RATE_LIMIT_TABLE,
            tableCreated,
            clearExpiredByTimeout: true,
            insuranceLimiter,
          },
          // Called from inside the constructor when the table is known to exist: resolve after it returns
          (error?: Error) => (error ? reject(error) : queueMicrotask(() => resolve(created))),
        )
      })
    // Another server process starting at the same moment may have created the table meanwhile.
    const limiter = await postgres(entries.length > 0).catch((error: Error) => {
      if (/already exists/.test(String(error?.message))) return postgres(true)
      throw error
    })
    entries.push([name, limiter])
  }
  return Object.fromEntries(entries) as unknown as AuthLimiters
}

function connected(redis: Redis, timeoutMs: number) {
  return new Promise<void>((resolve) => {
    if (redis.status === "ready") return resolve()
    const timer = setTimeout(resolve, timeoutMs)
    redis.once("ready", () => {
      clearTimeout(timer)
      resolve()
    })
  })
}
