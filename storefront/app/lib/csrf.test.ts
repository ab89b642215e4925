import { describe, expect, it } from "vitest"
import { checkSameOrigin } from "./csrf.server"

const post = (headers: Record<string, string>, url = "http://localhost:3000/cart") =>
  new Request(url, { method: "POST", headers })

describe("cross-site request check", () => {
  it("lets GET through", () => {
    expect(checkSameOrigin(new Request("http://localhost:3000/cart"), {})).toEqual({ ok: true })
  })
  it("accepts a POST from the storefront's own origin", () => {
    expect(checkSameOrigin(post({ Origin: "http://localhost:3000" }), {}).ok).toBe(true)
  })
  it("refuses a POST from another origin, an opaque origin, or with no origin at all", () => {
    expect(checkSameOrigin(post({ Origin: "https://evil.example" }), {}).ok).toBe(false)
    expect(checkSameOrigin(post({ Origin: "http://localhost:4000" }), {}).ok).toBe(false)
    expect(checkSameOrigin(post({ Origin: "null" }), {}).ok).toBe(false)
    expect(checkSameOrigin(post({}), {}).ok).toBe(false)
  })
  it("falls back to the Referer when there is no Origin", () => {
    expect(checkSameOrigin(post({ Referer: "http://localhost:3000/products/x" }), {}).ok).toBe(true)
    expect(checkSameOrigin(post({ Referer: "https://evil.example/page" }), {}).ok).toBe(false)
  })
  it("accepts the public URL behind a proxy", () => {
    const env = { PUBLIC_STOREFRONT_URL: "https://cho-ocop.vn" }
    expect(checkSameOrigin(post({ Origin: "https://cho-ocop.vn" }, "http://10.0.0.5:3000/cart"), env).ok).toBe(true)
  })
})
