import { integrationTestRunner } from "../helpers/test-runner"
import { settle } from "../helpers/ocop"
import { DEMO_ADMIN } from "../../src/seed"
import { seedAdminUser } from "../../src/seed/sections/admin-user"

// A short window, so that the test can wait for it to pass; the counts are the production ones.
const WINDOW_SECONDS = 5
process.env.AUTH_RATE_LIMIT_WINDOW_SECONDS = String(WINDOW_SECONDS)
delete process.env.AUTH_REGISTRATIONS_PER_ADDRESS
const REGISTRATIONS_PER_ADDRESS = 20

const PASSWORD = "mật-khẩu-đúng-123"
const ACCOUNT_LIMIT = 10
const ADDRESS_LIMIT = 100

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Sign-in and password-reset limits, per account and per client address, on every actor. */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let address = 0
    /** Each test signs in from its own client address (Medusa trusts one proxy hop: X-Forwarded-For). */
    let from: { headers: Record<string, string> }
    beforeEach(() => {
      address += 1
      from = { headers: { "x-forwarded-for": `203.0.113.${address}` } }
    })

    const signIn = (actor: string, email: string, password: string, headers = from) =>
      settle(api.post(`/auth/${actor}/emailpass`, { email, password }, headers))

    beforeAll(async () => {
      await seedAdminUser(getContainer(), DEMO_ADMIN)
      for (const actor of ["customer", "seller"]) {
        for (const n of [1, 2, 3]) {
          await api.post(`/auth/${actor}/emailpass/register`, { email: `${actor}${n}@example.vn`, password: PASSWORD })
        }
      }
      // The first sign-in creates the counters' table: now, so that it is in the database every test starts from.
      await signIn("customer", "customer1@example.vn", PASSWORD, { headers: {} })
    })

    const accounts: [string, string, string][] = [
      ["customer", "customer1@example.vn", PASSWORD],
      ["seller", "seller1@example.vn", PASSWORD],
      ["user", DEMO_ADMIN.email, DEMO_ADMIN.password],
    ]

    it.each(accounts)(
      "%s: after ten wrong passwords even the right one is refused with 429 and Retry-After until the window passes",
      async (actor, email, password) => {
        // Fired at once, as a guessing script would (the counters are atomic in the database).
        const wrong = await Promise.all(
          Array.from({ length: ACCOUNT_LIMIT }, (_, n) => signIn(actor, email, `sai-${n}-mật-khẩu`)),
        )
        expect(wrong.map((r) => r.status)).toEqual(Array(ACCOUNT_LIMIT).fill(401))

        const refused = await signIn(actor, email, "sai-nữa-mật-khẩu")
        expect(refused.status).toBe(429)
        const retryAfter = Number(refused.headers["retry-after"])
        expect(retryAfter).toBeGreaterThan(0)
        expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS)
        expect(refused.data.message).toMatch(/Too many sign-in attempts/)

        // The right password, and another client address, do not help.
        expect((await signIn(actor, email, password)).status).toBe(429)
        const elsewhere = { headers: { "x-forwarded-for": "198.51.100.77" } }
        expect((await signIn(actor, email, password, elsewhere)).status).toBe(429)
        // E-mail case does not make a new account.
        expect((await signIn(actor, email.toUpperCase(), password)).status).toBe(429)

        // Another account from the same address still signs in.
        if (actor !== "user") {
          const other = await signIn(actor, `${actor}2@example.vn`, PASSWORD)
          expect(other.status).toBe(200)
        }

        // Retry-After is rounded up to whole seconds: once it has passed, so has the window.
        await sleep(retryAfter * 1000 + 250)
        const after = await signIn(actor, email, password)
        expect(after.status).toBe(200)
        expect(after.data.token).toEqual(expect.any(String))
      },
    )

    it("a successful sign-in resets the account's counter (people who mistype are not locked out)", async () => {
      for (let round = 0; round < 2; round++) {
        for (let n = 0; n < ACCOUNT_LIMIT - 1; n++) {
          expect((await signIn("customer", "customer3@example.vn", "gõ-nhầm-mật-khẩu")).status).toBe(401)
        }
        expect((await signIn("customer", "customer3@example.vn", PASSWORD)).status).toBe(200)
      }
      // Many successful sign-ins from one address (the storefront, the test suites) are never limited.
      for (let batch = 0; batch < 11; batch++) {
        const answers = await Promise.all(
          Array.from({ length: 10 }, () => signIn("seller", "seller3@example.vn", PASSWORD)),
        )
        expect(answers.map((r) => r.status)).toEqual(Array(10).fill(200))
      }
    })

    it("limits failed sign-ins per client address, across accounts", async () => {
      const attempts = await Promise.all(
        Array.from({ length: ADDRESS_LIMIT }, (_, n) => signIn("customer", `không-có-${n}@example.vn`, "đoán-mò-123")),
      )
      expect(attempts.every((r) => r.status === 401)).toBe(true)
      const refused = await signIn("customer", "customer2@example.vn", PASSWORD)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
      // Another address is not affected.
      expect(
        (await signIn("customer", "customer2@example.vn", PASSWORD, { headers: { "x-forwarded-for": "198.51.100.9" } }))
          .status,
      ).toBe(200)
    })

    it("limits password-reset requests per account", async () => {
      const reset = (email: string) =>
        settle(api.post("/auth/customer/emailpass/reset-password", { identifier: email }, from))
      for (let n = 0; n < 5; n++) expect((await reset("customer2@example.vn")).status).toBe(201)
      const refused = await reset("customer2@example.vn")
      expect(refused.status).toBe(429)
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
      expect(refused.data.message).toMatch(/Too many password reset requests/)
      expect((await reset("seller2@example.vn")).status).toBe(201)
    })

    it("limits new accounts per client address, for customers and sellers alike", async () => {
      const register = (actor: string, n: number, headers = from) =>
        settle(
          api.post(
            `/auth/${actor}/emailpass/register`,
            { email: `moi-${address}-${n}@example.vn`, password: PASSWORD },
            headers,
          ),
        )
      for (let n = 0; n < REGISTRATIONS_PER_ADDRESS; n++)
        expect((await register(n % 2 ? "seller" : "customer", n)).status).toBe(200)
      const refused = await register("customer", REGISTRATIONS_PER_ADDRESS)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
      expect(refused.data).toMatchObject({
        code: "register_rate_limited",
        message: expect.stringMatching(/Too many new accounts/),
      })
      expect((await register("seller", REGISTRATIONS_PER_ADDRESS + 1)).status).toBe(429)
      // Nothing was created by the refused attempt, and another address still registers.
      expect(
        (await signIn("customer", `moi-${address}-${REGISTRATIONS_PER_ADDRESS}@example.vn`, PASSWORD)).status,
      ).toBe(401)
      const elsewhere = { headers: { "x-forwarded-for": "198.51.100.10" } }
      expect((await register("customer", REGISTRATIONS_PER_ADDRESS + 2, elsewhere)).status).toBe(200)
    })

    it("keeps the counters in the database, shared by every server process", async () => {
      for (let n = 0; n < 3; n++) await signIn("customer", "customer2@example.vn", "sai-mật-khẩu-1")
      const knex = getContainer().resolve("__pg_connection__") as any
      const { rows } = await knex.raw(
        `SELECT key, points FROM auth_rate_limit WHERE key = 'auth_signInAccount:customer2@example.vn'`,
      )
      expect(rows).toEqual([{ key: "auth_signInAccount:customer2@example.vn", points: 3 }])
    })
  },
})
