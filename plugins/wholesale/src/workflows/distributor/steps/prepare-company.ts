import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ruleErrorsToMedusaError } from "@ocop/plugin-ocop/errors"
import { type RuleError } from "@ocop/plugin-ocop/rules"
import { checkTaxCode, findProvince, resolveProvince } from "@ocop/reference"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"
import type { RegisterCompanyInput } from "../types"

/**
 * Checks a registration (reads only): tax code format and uniqueness among distributors, the
 * delivery provinces, and that the customer does not already act for a company. Returns the row.
 */
export const prepareCompanyStep = createStep(
  "wholesale-prepare-company",
  async (input: RegisterCompanyInput, { container }) => {
    const errors: RuleError[] = []
    const taxCode = input.tax_code.trim()
    const service = container.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    // A company's code: 10 digits or a branch's, never a personal ID.
    const taxProblem = checkTaxCode(taxCode, "organisation")
    if (taxProblem) {
      errors.push({ field: "tax_code", rule: "format", message: `"${input.tax_code}": ${taxProblem.message.en}` })
    } else {
      const [existing] = await service.listDistributorCompanies({ tax_code: taxCode }, { select: ["id"], take: 1 })
      if (existing)
        errors.push({
          field: "tax_code",
          rule: "unique",
          message: `tax code ${taxCode} is already registered by another distributor`,
        })
    }
    const addresses = input.delivery_addresses.map((address, index) => {
      // Typed by a person: "ha noi" or "TP. Hà Nội" is found as well as the exact name.
      const province = resolveProvince(address.province) ?? resolveProvince(findProvince(address.province)?.name)
      if (!province) {
        errors.push({
          field: `delivery_addresses.${index}.province`,
          rule: "province",
          message: `unknown province "${address.province}": give one of the 34 current units or a former province name, with its accents`,
        })
      }
      return {
        label: address.label?.trim() || null,
        address_1: address.address_1.trim(),
        province: province?.current ?? address.province,
      }
    })
    const [member] = await service.listDistributorMembers(
      { customer_id: input.customer_id },
      { select: ["id"], take: 1 },
    )
    if (member)
      errors.push({
        field: "customer",
        rule: "one_company",
        message: "this account already acts for a distributor company",
      })
    if (errors.length) throw ruleErrorsToMedusaError(errors)

    return new StepResponse({
      name: input.name.trim(),
      tax_code: taxCode,
      invoice_address: input.invoice_address.trim(),
      delivery_addresses: addresses,
      contact_name: input.contact_name.trim(),
      contact_phone: input.contact_phone.trim(),
      contact_email: input.contact_email.trim().toLowerCase(),
    })
  },
)
