/**
 * Server errors of the OCOP API as the form shows them. A 400 from the plugin names every broken
 * rule as "field (rule): message; field (rule): message" (see src/lib/errors.ts); Medusa's own
 * validation errors are plain text. The form puts each message next to its field.
 */

export interface FieldError {
  field: string
  rule?: string
  message: string
}

export interface ParsedServerError {
  status?: number
  message: string
  fields: FieldError[]
}

const RULE_ERROR = /^([A-Za-z_][\w.[\]]*) \(([\w-]+)\): ([\s\S]*)$/

/** Field names as the form knows them: no "evaluation." prefix, "scores.A.A1", "decision_number"… */
export function normaliseField(field: string) {
  return field.replace(/^evaluation\./, "").replace(/\[(\w+)\]/g, ".$1")
}

export function parseServerError(error: unknown): ParsedServerError {
  const anyError = error as { message?: string; status?: number } | undefined
  const message = (anyError?.message ?? String(error ?? "Unknown error")).trim()
  const fields: FieldError[] = []
  for (const part of message.split(/;\s+(?=[A-Za-z_][\w.[\]]* \([\w-]+\): )/)) {
    const match = RULE_ERROR.exec(part.trim())
    if (match) fields.push({ field: normaliseField(match[1]), rule: match[2], message: match[3] })
  }
  // Medusa's request validation: "Invalid request: Field 'evaluation, council' is required; Expected type: … for field 'x'"
  if (!fields.length) {
    for (const segment of message.replace(/^Invalid request:\s*/, "").split(/;\s+/)) {
      const match = /field '([^']+)'/i.exec(segment)
      if (match) fields.push({ field: normaliseField(match[1].split(/,\s*/).join(".")), message: segment.trim() })
    }
  }
  return { status: anyError?.status, message, fields }
}

/** Errors for a field and the fields under it ("scores.A" also gets "scores.A.A1"). */
export function errorsFor(errors: FieldError[], field: string, options: { nested?: boolean } = {}) {
  return errors.filter((error) => error.field === field || (options.nested && error.field.startsWith(`${field}.`)))
}
