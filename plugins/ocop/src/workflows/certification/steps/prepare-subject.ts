import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkTaxCode, resolveProvince } from "@ocop/reference"
import { ruleErrorsToMedusaError } from "../../../lib/errors"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { type RuleError } from "../../../rules"
import type { CreateSubjectInput } from "../types"

/**
 * Checks a subject (reads only) and returns what to store: the province is one of the 34 current
 * units, or an old province mapped to its current unit (the old name is kept as historical).
 */
export const prepareSubjectStep = createStep(
  "ocop-prepare-subject",
  async (input: CreateSubjectInput, { container }) => new StepResponse(await prepareSubject(container, input)),
)

/** The checks of prepareSubjectStep for one subject: throws the 400 it would. */
export async function prepareSubject(container: Pick<MedusaContainer, "resolve">, input: CreateSubjectInput) {
  const errors: RuleError[] = []
  const taxCode = String(input.tax_code ?? "").trim()
  const taxProblem = checkTaxCode(taxCode)
  if (taxProblem)
    errors.push({ field: "tax_code", rule: "format", message: `"${input.tax_code}": ${taxProblem.message.en}` })
  const province = resolveProvince(input.province)
  if (!province) {
    errors.push({
      field: "province",
      rule: "province",
      message: `unknown province "${input.province}": give one of the 34 current units or a former province name, with its accents`,
    })
  }
  let historical = province?.historical ?? null
  if (input.historical_province) {
    const old = resolveProvince(input.historical_province)
    if (!old || old.historical === null) {
      errors.push({
        field: "historical_province",
        rule: "province",
        message: `"${input.historical_province}" is not a former province merged into a current unit`,
      })
    } else if (province && old.current !== province.current) {
      errors.push({
        field: "historical_province",
        rule: "province",
        message: `"${old.historical}" was merged into ${old.current}, not ${province.current}`,
      })
    } else {
      historical = old.historical
    }
  }
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  if (!errors.some((e) => e.field === "tax_code")) {
    const [existing] = await certification.listOcopSubjects(
      { tax_code: taxCode },
      { select: ["id", "legal_name"], take: 1 },
    )
    if (existing) {
      errors.push({
        field: "tax_code",
        rule: "unique",
        message: `tax code ${taxCode} already belongs to "${existing.legal_name}" (${existing.id})`,
      })
    }
  }
  if (errors.length) throw ruleErrorsToMedusaError(errors)
  return {
    legal_name: input.legal_name.trim(),
    type: input.type,
    tax_code: taxCode,
    address: input.address.trim(),
    province: province!.current,
    historical_province: historical,
    email: input.email?.trim() || null,
  }
}
