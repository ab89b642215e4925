import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { RefusalError, sendJson } from "./json-request"

// A real HTTP server standing in for the backend: it answers as Medusa's routes answer.
let server: Server
let baseUrl: string
const seen: { method?: string; url?: string; headers?: IncomingMessage["headers"]; body?: string }[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ""
    request.on("data", (chunk) => (body += chunk))
    request.on("end", () => {
      seen.push({ method: request.method, url: request.url, headers: request.headers, body })
      response.setHeader("content-type", "application/json")
      if (request.url === "/admin/refused") {
        response.statusCode = 400
        response.end(
          JSON.stringify({
            message: "decision_date (future): after today",
            rules: [{ field: "decision_date", rule: "future", params: { date: "2026-12-09", today: "2026-12-07" } }],
          }),
        )
      } else if (request.url === "/admin/broken") {
        response.statusCode = 502
        response.end("not json")
      } else response.end(JSON.stringify({ echoed: body ? JSON.parse(body) : null }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe("a JSON request to the backend", () => {
  it("sends the body as JSON with the caller's headers, and returns the answer", async () => {
    const answer = await sendJson<{ echoed: unknown }>(baseUrl, "/admin/things", {
      method: "POST",
      body: { name: "Mật ong" },
      headers: { authorization: "Bearer t" },
    })
    expect(answer).toEqual({ echoed: { name: "Mật ong" } })
    const request = seen.at(-1)!
    expect(request).toMatchObject({ method: "POST", url: "/admin/things" })
    expect(request.headers).toMatchObject({ "content-type": "application/json", authorization: "Bearer t" })
  })

  it("sends no body when there is none", async () => {
    await sendJson(baseUrl, "admin/things", { method: "DELETE" })
    expect(seen.at(-1)).toMatchObject({ method: "DELETE", url: "/admin/things", body: "" })
  })

  it("keeps the status, the message and every broken rule of a refusal", async () => {
    const refusal = await sendJson(baseUrl, "/admin/refused", { method: "POST", body: {} }).catch((error) => error)
    expect(refusal).toBeInstanceOf(RefusalError)
    expect(refusal).toMatchObject({
      status: 400,
      message: "decision_date (future): after today",
      rules: [{ field: "decision_date", rule: "future", params: { date: "2026-12-09", today: "2026-12-07" } }],
    })
  })

  it("refuses with the status text and no rules when the answer is not JSON", async () => {
    const refusal = await sendJson(baseUrl, "/admin/broken", { method: "POST" }).catch((error) => error)
    expect(refusal).toBeInstanceOf(RefusalError)
    expect(refusal).toMatchObject({ status: 502, message: "Bad Gateway", rules: [] })
  })
})
