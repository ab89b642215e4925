import { MedusaError } from "@medusajs/framework/utils"
import type { RuleError, RuleParams } from "../rules"

/** One broken rule as the API's error body lists it under `rules` (see ./http/error-handler). */
export interface BrokenRuleBody {
  field: string
  rule: string
  params: RuleParams
}

/**
 * A 400 naming every broken rule. Its `message` is the developer's text, "authority_level
 * (competent_authority): 5★ decisions …; …"; its own property `rules` lists each rule with the
 * facts it names (`{ field, rule, params }`), which the error handler adds to the response body
 * so that pages can say it in their language (RULE_SENTENCES of @ocop/reference). An own
 * property survives the workflow engine's serialisation of a step's error.
 */
export function ruleErrorsToMedusaError(errors: RuleError[]): MedusaError {
  const message = errors.map((error) => `${error.field} (${error.rule}): ${error.message}`).join("; ")
  const refusal = new MedusaError(MedusaError.Types.INVALID_DATA, message)
  const rules: BrokenRuleBody[] = errors.map(({ field, rule, params }) => ({ field, rule, params: params ?? {} }))
  return Object.assign(refusal, { rules })
}

export function invalid(field: string, rule: string, message: string, params?: RuleParams): MedusaError {
  return ruleErrorsToMedusaError([{ field, rule, message, params }])
}

/** The broken rules an error carries (thrown here, or after a workflow serialised it), if any. */
export function brokenRulesOf(error: unknown): BrokenRuleBody[] | null {
  const rules = (error as { rules?: unknown } | null)?.rules
  return Array.isArray(rules) ? (rules as BrokenRuleBody[]) : null
}

export function notFound(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, message)
}
