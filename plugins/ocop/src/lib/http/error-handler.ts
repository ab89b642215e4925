import { errorHandler } from "@medusajs/framework/http"
import type { MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { brokenRulesOf } from "../errors"

/**
 * Medusa's error handler, with two additions. A refusal of the marketplace's rules (see
 * ../errors) keeps Medusa's body (`type`, `message`) and adds `rules: [{ field, rule, params }]`:
 * the broken rules with the facts they name, for pages to say in their language. And a value the
 * database refuses as data (PostgreSQL's class 22 "data exception": invalid text representation,
 * numeric or date out of range, NUL in text or JSON, value too long) is the client's input, so it
 * answers 400 instead of 500. Route schemas and the input guard catch these first, naming the
 * field; this is the net under them. A path parameter Express cannot decode (a broken `%`
 * escape), or a query parameter nested too deep for Medusa's query parsing, is a 400 too.
 * A database that cannot answer for now (no connection within the pool's wait, the server down or
 * restarting, too many connections, a statement cancelled for its time) is not a fault of the
 * request or a defect: 503 with `Retry-After`, saying to try again.
 */
const DATA_EXCEPTION_MESSAGES =
  /invalid input syntax|out of range|invalid byte sequence|unsupported Unicode escape sequence|\\u0000 cannot be converted|value too long for type|invalid input value for enum|date\/time field value/i

/**
 * Medusa's query parsing refuses a parameter nested deeper than two levels (`?a.b.c=1`) with an
 * `invalid_argument` error, which its handler answers 500: it is the client's query.
 */
function tooDeepQuery(error: any): boolean {
  return (
    MedusaError.isMedusaError(error) &&
    error.type === MedusaError.Types.INVALID_ARGUMENT &&
    /^Key accessor more than 2 levels deep/.test(error.message)
  )
}

/** Express could not decode a path parameter (a broken `%` escape): the client's address. */
function brokenAddress(error: any): boolean {
  return error instanceof URIError || /^Failed to decode param/.test(String(error?.message ?? ""))
}

function databaseDataError(error: any): string | null {
  for (let current = error, depth = 0; current && depth < 4; current = current.cause, depth++) {
    const code =
      typeof current.code === "string" ? current.code : typeof current.sqlState === "string" ? current.sqlState : ""
    const message = typeof current.message === "string" ? current.message : ""
    if (code.startsWith("22") || DATA_EXCEPTION_MESSAGES.test(message)) return message
  }
  return null
}

/** SQLSTATEs of a database that cannot answer now: connection (08), cancelled (57014), shutting down or starting (57P0x), too many connections (53300). */
const UNAVAILABLE_CODES = /^(08...|57014|57P0[1-3]|53300|ECONNREFUSED|ECONNRESET)$/
const RETRY_AFTER_SECONDS = 5

function databaseUnavailable(error: any): boolean {
  for (let current = error, depth = 0; current && depth < 4; current = current.cause, depth++) {
    const code =
      typeof current.code === "string" ? current.code : typeof current.sqlState === "string" ? current.sqlState : ""
    if (UNAVAILABLE_CODES.test(code)) return true
    if (current.name === "KnexTimeoutError" || /^Knex: Timeout acquiring a connection/.test(String(current.message)))
      return true
  }
  return false
}

function describe(message: string): string {
  if (/out of range/i.test(message)) return "A number or date in the request is out of the range this field accepts."
  if (/too long/i.test(message)) return "A text in the request is longer than its field accepts."
  if (/\\u0000|byte sequence|escape sequence/i.test(message))
    return "A text in the request contains characters that cannot be stored (NUL or control characters)."
  return "A value in the request is not valid for its field."
}

export function ocopErrorHandler(): MedusaErrorHandlerFunction {
  const medusaHandler = errorHandler()
  return (error, req, res, next) => {
    if (databaseUnavailable(error)) {
      res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS))
      res.status(503).json({
        type: "unavailable",
        message: `The marketplace cannot reach its database for a moment: try again in ${RETRY_AFTER_SECONDS} seconds.`,
      })
      return
    }
    const dataError = databaseDataError(error)
    const mapped = brokenAddress(error)
      ? new MedusaError(MedusaError.Types.INVALID_DATA, "path: the address holds a broken % escape")
      : tooDeepQuery(error)
        ? new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `query: ${error.message.slice(0, 200)} (at most two levels: a.b)`,
          )
        : dataError !== null
          ? new MedusaError(MedusaError.Types.INVALID_DATA, describe(dataError))
          : error
    const rules = brokenRulesOf(error)
    if (rules) {
      const json = res.json.bind(res)
      res.json = (body: Record<string, unknown>) => json({ ...body, rules })
    }
    return medusaHandler(mapped, req, res, next)
  }
}
