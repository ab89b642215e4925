import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"
import { authLimits, createAuthLimiters, type AuthLimiters } from "./auth-rate-limiters"

/**
 * Limits password guessing on Medusa's sign-in routes (`POST /auth/{actor}/{provider}`: customer,
 * seller, admin user, and the storefront's forms, which call them) and password-reset requests
 * (`POST /auth/{actor}/{provider}/reset-password`), per account (the e-mail) and per client address.
 *
 * Every attempt counts against the account before Medusa checks the password, so once the limit
 * is reached even the right password is refused until the window passes; a successful sign-in
 * resets the account's counter and gives its point back to the address, so people who sign in
 * often (and the test suites) never meet the limit. Refusals are 429 with Retry-After (seconds).
 *
 * The client address is Express's `req.ip`: Medusa trusts one proxy hop, so behind a reverse proxy
 * (and for the storefront, which forwards its visitor's address) it is the visitor's address.
 */
let limiters: Promise<AuthLimiters> | undefined

function limitersFor(req: MedusaRequest) {
  limiters ??= createAuthLimiters(authLimits(process.env), {
    redisUrl: process.env.REDIS_URL,
    knex: req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
  }).catch((error) => {
    limiters = undefined
    throw error
  })
  return limiters
}

/** Routes under /auth/{a}/{b} that are not a sign-in. */
const NOT_SIGN_IN = new Set(["token", "session", "mfa", "verification"])

function accountKey(req: MedusaRequest) {
  const body = (req.body ?? {}) as Record<string, unknown>
  const identifier = body.email ?? body.identifier
  return typeof identifier === "string" && identifier.trim() ? identifier.trim().toLowerCase().slice(0, 254) : null
}

function addressKey(req: MedusaRequest) {
  return req.ip ?? req.socket?.remoteAddress ?? "unknown"
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<number | null> {
  try {
    await limiter.consume(key)
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}

const TOO_MANY = {
  sign_in: "Too many sign-in attempts.",
  reset_password: "Too many password reset requests.",
  register: "Too many new accounts from this address.",
}

function refuse(res: MedusaResponse, retryAfter: number, what: keyof typeof TOO_MANY) {
  const minutes = Math.ceil(retryAfter / 60)
  res.setHeader("Retry-After", String(retryAfter))
  res.status(429).json({
    type: "too_many_requests",
    code: `${what}_rate_limited`,
    message: `${TOO_MANY[what]} Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  })
}

export async function limitSignIn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (NOT_SIGN_IN.has(req.params.actor_type)) return next()
  try {
    const { signInAccount, signInAddress } = await limitersFor(req)
    const account = accountKey(req)
    const address = addressKey(req)
    const retryAfter =
      (await consume(signInAddress, address)) ?? (account ? await consume(signInAccount, account) : null)
    if (retryAfter) return refuse(res, retryAfter, "sign_in")
    res.once("finish", () => {
      if (res.statusCode !== 200) return
      // A successful sign-in: the account starts afresh, and the address gets its point back.
      void Promise.allSettled([account ? signInAccount.delete(account) : null, signInAddress.reward(address, 1)])
    })
    next()
  } catch (error) {
    next(error)
  }
}

export async function limitPasswordReset(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { resetAccount, resetAddress } = await limitersFor(req)
    const account = accountKey(req)
    const retryAfter =
      (await consume(resetAddress, addressKey(req))) ?? (account ? await consume(resetAccount, account) : null)
    if (retryAfter) return refuse(res, retryAfter, "reset_password")
    next()
  } catch (error) {
    next(error)
  }
}

/** Counts every registration attempt (`POST /auth/{actor}/{provider}/register`) against the client address. */
export async function limitRegistration(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { registerAddress } = await limitersFor(req)
    const retryAfter = await consume(registerAddress, addressKey(req))
    if (retryAfter) return refuse(res, retryAfter, "register")
    next()
  } catch (error) {
    next(error)
  }
}
