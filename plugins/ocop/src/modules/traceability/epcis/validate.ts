import Ajv, { type ErrorObject, type ValidateFunction } from "ajv"
import addFormats from "ajv-formats"
import schema from "./schema/EPCISDocument.schema.json"

/**
 * Validation against GS1's EPCIS 2.0 JSON schema (vendored in ./schema, draft-07) with ajv and
 * ajv-formats: a whole document, or one event of a document's eventList (so that a capture can
 * report each bad event by its index and keep the good ones).
 */

export const EPCIS_SCHEMA_ID = "https://gs1.github.io/EPCIS/EPCIS-JSON-Schema.json"

let compiled: { document: ValidateFunction; event: ValidateFunction } | null = null

function validators() {
  if (compiled) return compiled
  // strict: false — the GS1 schema uses keywords ajv's strict mode frowns upon (e.g. "if" without "else").
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema(schema as object, EPCIS_SCHEMA_ID)
  compiled = {
    document: ajv.getSchema(EPCIS_SCHEMA_ID)!,
    event: ajv.compile({ $ref: `${EPCIS_SCHEMA_ID}#/definitions/EPCIS-Document-Event` }),
  }
  return compiled
}

export interface SchemaProblem {
  /** JSON pointer into the validated value, e.g. /bizStep or /epcisBody/eventList/0/eventTime. */
  path: string
  message: string
}

/** The most telling errors first (a failing `anyOf`/`if` is explained by the errors beneath it). */
export function summariseErrors(errors: ErrorObject[] | null | undefined, limit = 6): SchemaProblem[] {
  const all = errors ?? []
  const combinators = new Set(["anyOf", "oneOf", "allOf", "if", "not"])
  const specific = all.filter((e) => !combinators.has(e.keyword))
  const seen = new Set<string>()
  const problems: SchemaProblem[] = []
  for (const error of specific.length ? specific : all) {
    let message = error.message ?? "is invalid"
    const params = error.params as Record<string, unknown>
    if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
      message += ` (${(params.allowedValues as string[]).slice(0, 12).join(", ")}${(params.allowedValues as string[]).length > 12 ? ", …" : ""})`
    }
    if (error.keyword === "propertyNames" || error.keyword === "additionalProperties") {
      const name = params.propertyName ?? params.additionalProperty
      if (name)
        message = `property "${String(name)}" is not allowed here (extension properties must be prefixed URIs, e.g. ocop:note)`
    }
    const path = error.instancePath || "/"
    const key = `${path} ${message}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push({ path, message })
    if (problems.length >= limit) break
  }
  return problems
}

export function validateEpcisDocument(document: unknown): { valid: boolean; errors: SchemaProblem[] } {
  const { document: validate } = validators()
  const valid = validate(document) as boolean
  return { valid, errors: valid ? [] : summariseErrors(validate.errors) }
}

export function validateEpcisEvent(event: unknown): { valid: boolean; errors: SchemaProblem[] } {
  const { event: validate } = validators()
  const valid = validate(event) as boolean
  return { valid, errors: valid ? [] : summariseErrors(validate.errors) }
}
