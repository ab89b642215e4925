import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ruleErrorsToMedusaError } from "@ocop/plugin-ocop/errors"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import { type RuleError } from "@ocop/plugin-ocop/rules"
import { checkTaxCode, resolveProvince } from "@ocop/reference"
import { SELLER_ACTOR } from "../../../constants"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import type { RegisterSellerInput } from "../types"

/**
 * Checks a registration (reads only): tax code format and uniqueness among sellers, province, and
 * that the auth identity is not already a seller member. Returns the seller row to create and the
 * OCOP subject already registered under this tax code, if any (the seller becomes that subject).
 */
export const prepareSellerStep = createStep(
  "marketplace-prepare-seller",
  async (input: RegisterSellerInput, { container }) => {
    const errors: RuleError[] = []
    const taxCode = String(input.tax_code ?? "").trim()
    const taxProblem = checkTaxCode(taxCode, input.type)
    if (taxProblem)
      errors.push({ field: "tax_code", rule: "format", message: `"${input.tax_code}": ${taxProblem.message.en}` })
    const province = resolveProvince(input.address.province_code)
    if (!province) {
      errors.push({
        field: "address.province_code",
        rule: "province",
        message: `unknown province "${input.address.province_code}": give one of the 34 current units or a former province name, with its accents`,
      })
    }
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    if (!errors.some((e) => e.field === "tax_code")) {
      const [existing] = await sellers.listSellers({ tax_code: taxCode }, { select: ["id"], take: 1 })
      if (existing)
        errors.push({
          field: "tax_code",
          rule: "unique",
          message: `tax code ${taxCode} is already registered by another seller`,
        })
    }
    if (errors.length) throw ruleErrorsToMedusaError(errors)

    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.[`${SELLER_ACTOR}_id`]) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "this account already belongs to a seller: log in again to use it",
      )
    }
    const [subject] = await container
      .resolve(CERTIFICATION_MODULE)
      .listOcopSubjects({ tax_code: taxCode }, { select: ["id"], take: 1 })

    const address = `${input.address.address_1.trim()}, ${province!.current}`
    return new StepResponse({
      seller: {
        legal_name: input.legal_name.trim(),
        type: input.type,
        tax_code: taxCode,
        email: input.email.trim().toLowerCase(),
        phone: input.phone.trim(),
        address_1: input.address.address_1.trim(),
        province: province!.current,
        bank_name: input.bank_account.bank_name.trim(),
        bank_account_number: input.bank_account.account_number.trim(),
        bank_account_holder: input.bank_account.account_holder.trim(),
        story: input.story?.trim() || null,
      },
      subject: {
        legal_name: input.legal_name.trim(),
        type: input.type,
        tax_code: taxCode,
        address,
        province: province!.current,
        historical_province: province!.historical,
        email: input.email.trim().toLowerCase(),
      },
      existing_subject_id: (subject?.id as string | undefined) ?? null,
    })
  },
)
