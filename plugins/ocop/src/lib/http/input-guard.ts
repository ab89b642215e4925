import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { hasControlCharacters } from "../validation/text"

/**
 * Refuses, on every route (Medusa's own and the plugins'), input that no route can store: a NUL
 * or another control character in a JSON body, a query parameter or the path (tab and line breaks
 * stay allowed in body texts). The answer is a 400 that names the field, before a handler or a
 * workflow writes anything. Route schemas then apply each field's own rules (lengths, addresses,
 * amounts, dates); lengths are theirs, since some fields legitimately carry megabytes (a bulk
 * order's CSV in base64).
 */

const MAX_DEPTH = 20

function refuse(field: string, problem: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field || "body"}: ${problem}`)
}

function checkString(value: string, field: string, allowLineBreaks: boolean) {
  if (value.includes("\u0000")) refuse(field, "must not contain a NUL character")
  if (hasControlCharacters(value, allowLineBreaks)) refuse(field, "must not contain control characters")
}

function join(path: string, key: string | number) {
  return path ? `${path}.${key}` : String(key)
}

/** Walks a parsed JSON body or query and throws a 400 at the first value no field can take. */
export function assertStorableInput(value: unknown, path = "", allowLineBreaks = true, depth = 0): void {
  if (depth > MAX_DEPTH) refuse(path, `nested more than ${MAX_DEPTH} levels`)
  if (typeof value === "string") return checkString(value, path, allowLineBreaks)
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertStorableInput(item, join(path, index), allowLineBreaks, depth + 1))
    return
  }
  if (value && typeof value === "object" && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      checkString(key, join(path, key), false)
      assertStorableInput(item, join(path, key), allowLineBreaks, depth + 1)
    }
  }
}

/** Each path segment, decoded: a control character (or an undecodable escape) is a 400 naming the path. */
export function assertStorablePath(path: string): void {
  for (const segment of path.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      refuse("path", `"${segment.slice(0, 40)}" is not a valid address segment`)
    }
    if (hasControlCharacters(decoded)) refuse("path", "must not contain control characters")
  }
}

export function guardInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    // The full path: mounted on "/*", `req.path` is only what follows the mount point.
    assertStorablePath((req.originalUrl ?? req.url).split("?")[0])
    assertStorableInput(req.query, "", false)
    if (req.body && typeof req.body === "object") assertStorableInput(req.body)
    next()
  } catch (error) {
    next(error)
  }
}
