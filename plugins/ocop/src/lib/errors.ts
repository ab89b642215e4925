import { MedusaError } from "@medusajs/framework/utils"
import type { RuleError } from "../rules"

/** A 400 naming every broken rule: "authority_level (competent_authority): 5★ decisions … ". */
export function ruleErrorsToMedusaError(errors: RuleError[]): MedusaError {
  const message = errors.map((error) => `${error.field} (${error.rule}): ${error.message}`).join("; ")
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

export function invalid(field: string, rule: string, message: string): MedusaError {
  return ruleErrorsToMedusaError([{ field, rule, message }])
}

export function notFound(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, message)
}
