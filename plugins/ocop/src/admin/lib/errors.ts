/**
 * Server refusals as the forms show them. A 400 from the plugin lists every broken rule with the
 * facts it names (`rules: [{ field, rule, params }]`, kept by `send` in ./sdk); the form puts the
 * rule's sentence (RULE_SENTENCES of @ocop/reference) next to its field, in the admin's language.
 * Medusa's own validation errors are plain text naming a field: the form marks that field. The
 * API's English text is never shown.
 */
import { ruleSentence, type RuleLang } from "@ocop/reference"
import { useTranslation } from "react-i18next"

export interface FieldError {
  field: string
  rule?: string
  params?: Record<string, string | number>
}

export interface ParsedServerError {
  status?: number
  fields: FieldError[]
}

/** Field names as the form knows them: no "evaluation." prefix, "scores.A.A1", "decision_number"… */
export function normaliseField(field: string) {
  return field.replace(/^evaluation\./, "").replace(/\[(\w+)\]/g, ".$1")
}

export function parseServerError(error: unknown): ParsedServerError {
  const anyError = error as { message?: string; status?: number; rules?: FieldError[] } | undefined
  if (Array.isArray(anyError?.rules) && anyError.rules.length) {
    return {
      status: anyError.status,
      fields: anyError.rules.map((rule) => ({ ...rule, field: normaliseField(rule.field) })),
    }
  }
  // Medusa's request validation: "Invalid request: Field 'evaluation, council' is required; Expected type: … for field 'x'"
  const message = String(anyError?.message ?? "")
  const fields: FieldError[] = []
  for (const segment of message.replace(/^Invalid request:\s*/, "").split(/;\s+/)) {
    const match = /field '([^']+)'/i.exec(segment)
    if (match) fields.push({ field: normaliseField(match[1].split(/,\s*/).join(".")) })
  }
  return { status: anyError?.status, fields }
}

/** Errors for a field and the fields under it ("scores.A" also gets "scores.A.A1"). */
export function errorsFor(errors: FieldError[], field: string, options: { nested?: boolean } = {}) {
  return errors.filter((error) => error.field === field || (options.nested && error.field.startsWith(`${field}.`)))
}

/** The admin's language as the rule sentences know it. */
export function ruleLang(language: string | undefined): RuleLang {
  return language?.startsWith("vi") ? "vi" : "en"
}

/**
 * What to say for a broken rule in the admin's language: its sentence with its facts, or, for a
 * rule without one (Medusa's validation), a request to check the field.
 */
export function useRefusalText() {
  const { t, i18n } = useTranslation()
  const lang = ruleLang(i18n.language)
  return (error: FieldError) =>
    (error.rule ? ruleSentence({ field: error.field, rule: error.rule, params: error.params }, lang) : null) ??
    t("ocop_refusal.check_field")
}
