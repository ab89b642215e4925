import { describe, expect, it } from "vitest"
import { DEFAULT_PASSWORD_HASH, passwordHashingModules } from "./password-hashing"

describe("password hashing cost", () => {
  it("keeps Medusa's Auth Module and its scrypt cost unless AUTH_PASSWORD_HASH_LOG_N lowers it outside production", () => {
    expect(DEFAULT_PASSWORD_HASH).toEqual({ logN: 15, r: 8, p: 1 })
    expect(passwordHashingModules({})).toEqual([])
    for (const bad of ["", "0", "9", "15", "16", "12.5", "fast"])
      expect(passwordHashingModules({ AUTH_PASSWORD_HASH_LOG_N: bad })).toEqual([])
    expect(passwordHashingModules({ AUTH_PASSWORD_HASH_LOG_N: "10", NODE_ENV: "production" })).toEqual([])
    const [auth] = passwordHashingModules({ AUTH_PASSWORD_HASH_LOG_N: "10" })
    expect(auth.resolve).toBe("@medusajs/medusa/auth")
    expect(auth.options.providers).toEqual([
      {
        resolve: "@medusajs/medusa/auth-emailpass",
        id: "emailpass",
        options: { hashConfig: { logN: 10, r: 8, p: 1 } },
      },
    ])
  })
})
