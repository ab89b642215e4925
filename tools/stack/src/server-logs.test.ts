import { describe, expect, it } from "vitest"
import { serverLines, serverLogEnv } from "./server-logs"

const request = JSON.stringify({
  level: "http",
  method: "GET",
  path: "/store/ocop/products",
  status: 200,
  duration: 12,
})
const failure = JSON.stringify({ level: "error", message: "An unknown error occurred." })
const warning = JSON.stringify({ level: "warn", message: "Pool is slow" })
const info = JSON.stringify({ level: "info", message: "Server is ready on port: 9001" })

describe("backend server logs", () => {
  it("are warnings and errors by default: Medusa writes no line per request", () => {
    expect(serverLogEnv({ PORT: "9001" })).toEqual({ PORT: "9001", LOG_LEVEL: "warn" })
    const show = serverLines(undefined)
    expect([request, info, warning, failure].map(show)).toEqual([
      undefined,
      undefined,
      "warn: Pool is slow",
      "error: An unknown error occurred.",
    ])
  })

  it("follow LOG_LEVEL when it is set, requests included", () => {
    expect(serverLogEnv({ LOG_LEVEL: "http" }).LOG_LEVEL).toBe("http")
    const show = serverLines("http")
    expect(show(request)).toBe("http: GET /store/ocop/products 200 12 ms")
    expect(show(info)).toBe("info: Server is ready on port: 9001")
  })

  it("show lines that are not JSON as they are (a crash's stack trace)", () => {
    expect(serverLines(undefined)("    at Module._compile (node:internal/modules/cjs/loader:1554:14)")).toBe(
      "    at Module._compile (node:internal/modules/cjs/loader:1554:14)",
    )
  })
})
