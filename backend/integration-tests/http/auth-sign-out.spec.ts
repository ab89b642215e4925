import { integrationTestRunner } from "../helpers/test-runner"
import { settle } from "../helpers/ocop"
import { DEMO_ADMIN } from "../../src/seed"
import { seedAdminUser } from "../../src/seed/sections/admin-user"

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/** Sign-out ends a bearer token for good: Medusa's JWTs are otherwise valid until they expire. */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seedAdminUser(getContainer(), DEMO_ADMIN)
      await api.post("/auth/customer/emailpass/register", { email: "an@example.vn", password: "mật-khẩu-đúng-123" })
    })

    it("a revoked token opens nothing (not even a refresh), while another sign-in of the same account still works", async () => {
      const { data } = await api.post("/auth/user/emailpass", DEMO_ADMIN)
      const token = data.token as string
      expect((await api.get("/admin/users/me", bearer(token))).status).toBe(200)

      const revoked = await settle(api.post("/auth/token/revoke", {}, bearer(token)))
      expect(revoked.data).toEqual({ revoked: true })
      // The ended token cannot be used even to end it again.
      expect((await settle(api.post("/auth/token/revoke", {}, bearer(token)))).status).toBe(401)

      const after = await settle(api.get("/admin/users/me", bearer(token)))
      expect(after.status).toBe(401)
      expect((await settle(api.post("/auth/token/refresh", {}, bearer(token)))).status).toBe(401)

      const again = await api.post("/auth/user/emailpass", DEMO_ADMIN)
      expect((await api.get("/admin/users/me", bearer(again.data.token))).status).toBe(200)
    })

    it("works for a customer's token, and needs a valid token", async () => {
      const { data } = await api.post("/auth/customer/emailpass", {
        email: "an@example.vn",
        password: "mật-khẩu-đúng-123",
      })
      expect((await api.post("/auth/token/refresh", {}, bearer(data.token))).status).toBe(200)
      await api.post("/auth/token/revoke", {}, bearer(data.token))
      expect((await settle(api.post("/auth/token/refresh", {}, bearer(data.token)))).status).toBe(401)

      expect((await settle(api.post("/auth/token/revoke", {}))).status).toBe(401)
      expect((await settle(api.post("/auth/token/revoke", {}, bearer("not-a-token")))).status).toBe(401)
      const knex = getContainer().resolve("__pg_connection__") as any
      const { rows } = await knex.raw(`SELECT token_hash FROM revoked_auth_token`)
      // Hashes only: a leaked table holds no usable token.
      expect(rows.every((row: any) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true)
    })
  },
})
