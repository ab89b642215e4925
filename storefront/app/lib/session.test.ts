import { describe, expect, it } from "vitest"
import { DEFAULT_SESSION_SECRET, openSession, resolveSessionSecrets, sealSession } from "./session.server"

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

describe("session cookie", () => {
  const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6ImN1c18wMSJ9.c2lnbmF0dXJl"
  it("is sealed: the backend token cannot be read from it, and it opens again", () => {
    const sealed = sealSession({ token: jwt, customerEmail: "an@example.vn" })
    for (const text of [sealed, Buffer.from(sealed, "base64url").toString("latin1")]) {
      expect(text).not.toContain("eyJ")
      expect(text).not.toContain("an@example.vn")
    }
    expect(openSession(sealed)).toEqual({ token: jwt, customerEmail: "an@example.vn" })
    // A fresh IV each time: the same session never gives the same cookie.
    expect(sealSession({ token: jwt })).not.toBe(sealSession({ token: jwt }))
  })
  it("refuses a cookie that was altered or forged", () => {
    const sealed = Buffer.from(sealSession({ token: jwt }), "base64url")
    sealed[sealed.length - 1] ^= 1
    expect(openSession(sealed.toString("base64url"))).toBeNull()
    expect(openSession(Buffer.from(JSON.stringify({ token: jwt })).toString("base64url"))).toBeNull()
    expect(openSession("")).toBeNull()
  })
})
