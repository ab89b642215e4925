import { ruleErrorsToMedusaError } from "@ocop/plugin-ocop/errors"
import type { RuleError } from "@ocop/plugin-ocop/rules"
import { checkTaxCode, type VatInvoice } from "@ocop/reference"

/** The buyer's details for the VAT e-invoice (Decree 123/2020, 70/2025) are kept in the order's metadata as `VatInvoice`. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Checks invoice details (the same tax code rule as sellers and producers: 10 digits, a branch's
 * 0123456789-001, or a 12-digit personal ID) and returns them trimmed; a 400 naming every bad field
 * (`<prefix>.tax_code`…) otherwise.
 */
export function parseVatInvoice(input: Record<string, unknown> | null | undefined, prefix = "vat_invoice"): VatInvoice {
  const value = (key: keyof VatInvoice) => (typeof input?.[key] === "string" ? (input[key] as string).trim() : "")
  const invoice: VatInvoice = {
    company_name: value("company_name"),
    tax_code: value("tax_code"),
    address: value("address"),
    email: value("email").toLowerCase(),
  }
  const errors: RuleError[] = []
  const field = (key: string) => `${prefix}.${key}`
  if (!invoice.company_name || invoice.company_name.length > 200) {
    errors.push({
      field: field("company_name"),
      rule: "required",
      message: "the company's name as registered (1–200 characters)",
    })
  }
  const taxProblem = checkTaxCode(invoice.tax_code)
  if (taxProblem)
    errors.push({
      field: field("tax_code"),
      rule: "format",
      message: `"${input?.tax_code ?? ""}": ${taxProblem.message.en}`,
    })
  if (!invoice.address || invoice.address.length > 300) {
    errors.push({
      field: field("address"),
      rule: "required",
      message: "the company's registered address (1–300 characters)",
    })
  }
  if (!EMAIL.test(invoice.email)) {
    errors.push({
      field: field("email"),
      rule: "format",
      message: `"${input?.email ?? ""}" is not an e-mail address for the e-invoice`,
    })
  }
  const unknown = Object.keys(input ?? {}).filter(
    (key) => !["company_name", "tax_code", "address", "email"].includes(key),
  )
  for (const key of unknown) errors.push({ field: field(key), rule: "unknown", message: "not an invoice field" })
  if (errors.length) throw ruleErrorsToMedusaError(errors)
  return invoice
}
