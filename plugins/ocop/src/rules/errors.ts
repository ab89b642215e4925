/** The facts a refusal names (a date limit, a star count, a decision number…), for its sentence. */
export type RuleParams = Record<string, string | number>

/**
 * A broken rule, named by the field it concerns (e.g. `scores.A.A1`, `authority_level`) and by
 * a short rule code, with the developer's message in English and the facts it names as `params`:
 * pages say it in their language from the templates of `RULE_SENTENCES` (@ocop/reference).
 */
export interface RuleError {
  field: string
  rule: string
  message: string
  params?: RuleParams
}

export type RuleResult<T> = { ok: true; value: T } | { ok: false; errors: RuleError[] }

/** Thrown by the rule functions that compute a value from input they cannot accept. */
export class RuleViolation extends Error {
  readonly errors: RuleError[]

  constructor(errors: RuleError[]) {
    super(formatRuleErrors(errors))
    this.name = "RuleViolation"
    this.errors = errors
  }
}

export function formatRuleErrors(errors: RuleError[]): string {
  return errors.map((error) => `${error.field}: ${error.message}`).join("; ")
}
