import { describe, expect, it } from "vitest"
import { DEFAULT_SESSION_SECRET, resolveSessionSecrets } from "./session.server"

describe("session secret", () => {
  it("uses the development default outside production", () => {
    expect(resolveSessionSecrets({ NODE_ENV: "development" })).toEqual([DEFAULT_SESSION_SECRET])
  })
  it("refuses to start in production without a secret", () => {
    expect(() => resolveSessionSecrets({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET/)
    expect(() => resolveSessionSecrets({ NODE_ENV: "production", SESSION_SECRET: DEFAULT_SESSION_SECRET })).toThrow(
      /SESSION_SECRET/,
    )
  })
  it("allows the default in the production demo (OCOP_DEMO=1)", () => {
    expect(resolveSessionSecrets({ NODE_ENV: "production", OCOP_DEMO: "1" })).toEqual([DEFAULT_SESSION_SECRET])
  })
  it("refuses a short secret in production and supports rotation", () => {
    expect(() => resolveSessionSecrets({ NODE_ENV: "production", SESSION_SECRET: "short" })).toThrow(/32/)
    const long = "x".repeat(40)
    expect(resolveSessionSecrets({ NODE_ENV: "production", SESSION_SECRET: `${long},old-secret` })).toEqual([
      long,
      "old-secret",
    ])
  })
})
