import { describe, expect, it } from "vitest"
import { assertProductionSecrets, DEMO_SECRET } from "./secrets"

const strong = "a".repeat(16) + "b".repeat(16)

describe("HTTP secrets", () => {
  it("refuses the demo secrets in production, naming the variable", () => {
    expect(() => assertProductionSecrets({ NODE_ENV: "production" })).toThrow(
      /JWT_SECRET must be set .* the demo default/,
    )
    expect(() => assertProductionSecrets({ NODE_ENV: "production", JWT_SECRET: strong })).toThrow(/COOKIE_SECRET/)
  })

  it("refuses short secrets in production", () => {
    expect(() =>
      assertProductionSecrets({ NODE_ENV: "production", JWT_SECRET: "short", COOKIE_SECRET: strong }),
    ).toThrow(/JWT_SECRET .* too short/)
  })

  it("accepts real secrets in production, and the demo values for the demo and in development", () => {
    expect(assertProductionSecrets({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: strong })).toEqual({
      jwtSecret: strong,
      cookieSecret: strong,
    })
    expect(assertProductionSecrets({ NODE_ENV: "production", OCOP_DEMO: "1" }).jwtSecret).toBe(DEMO_SECRET)
    expect(assertProductionSecrets({ NODE_ENV: "development" }).cookieSecret).toBe(DEMO_SECRET)
  })
})
