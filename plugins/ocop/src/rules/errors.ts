/**
 * A broken rule, named by the field it concerns (e.g. `scores.A.A1`, `authority_level`) and by
 * a short rule code, with a message a person can act on.
 */
export interface RuleError {
  field: string
  rule: string
  message: string
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
