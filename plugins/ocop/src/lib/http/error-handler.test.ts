import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { ocopErrorHandler } from "./error-handler"

/** Runs the handler on an error and returns the answer it sends. */
function answer(error: unknown) {
  const sent: { status?: number; body?: any; headers: Record<string, string> } = { headers: {} }
  const res: any = {
    setHeader(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value
    },
    status(code: number) {
      sent.status = code
      return res
    },
    json(body: unknown) {
      sent.body = body
      return res
    },
  }
  const req: any = { path: "/x", scope: { resolve: () => ({ info() {}, error() {}, warn() {} }) } }
  ocopErrorHandler()(error, req, res, () => {})
  return sent
}

describe("error handler", () => {
  it.each([
    Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: "22021" }),
    Object.assign(new Error('value "3000000000" is out of range for type integer'), { code: "22003" }),
    Object.assign(new Error("insert into x - unsupported Unicode escape sequence"), { code: "22P05" }),
    new Error('select … - invalid input syntax for type integer: "abc"'),
    new Error('date/time field value out of range: "99999-01-01"'),
    Object.assign(new Error("wrapped"), { cause: { code: "22007", message: "invalid datetime format" } }),
  ])("answers 400 for data the database refuses (NUL, out of range, bad syntax, bad dates): $message", (error) => {
    const sent = answer(error)
    expect(sent.status).toBe(400)
    expect(sent.body.type).toBe("invalid_data")
  })

  it("answers 400 naming the parameter for a query nested deeper than Medusa parses", () => {
    const sent = answer(
      new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "Key accessor more than 2 levels deep: status.a.b"),
    )
    expect(sent.status).toBe(400)
    expect(sent.body.message).toMatch(/status\.a\.b/)
  })

  it.each([
    Object.assign(new Error("Knex: Timeout acquiring a connection. The pool is probably full."), {
      name: "KnexTimeoutError",
    }),
    Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" }),
    Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
    Object.assign(new Error("wrapped"), { cause: { code: "53300", message: "too many connections" } }),
  ])("answers 503 with Retry-After when the database cannot answer for now: $message", (error) => {
    const sent = answer(error)
    expect(sent.status).toBe(503)
    expect(sent.headers["retry-after"]).toBe("5")
    expect(sent.body).toEqual({ type: "unavailable", message: expect.stringMatching(/try again in 5 seconds/) })
  })

  it("leaves other errors to Medusa's handler", () => {
    expect(answer(Object.assign(new URIError("Failed to decode param '%E0%A4%A'"), { status: 400 })).status).toBe(400)
    expect(answer(new Error("something else")).status).toBe(500)
    expect(answer(new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "a step was given no id")).status).toBe(500)
    expect(
      answer(
        Object.assign(new Error("dup"), {
          code: "23505",
          table: "seller",
          detail: "Key (tax_code)=(1) already exists.",
        }),
      ).status,
    ).toBe(422)
  })
})
