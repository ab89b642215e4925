import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"

/** Countries served by the international (USD) region, for export buyers. */
export const INTERNATIONAL_COUNTRIES = ["us", "gb", "de", "fr", "nl", "jp", "kr", "sg", "au", "ca", "cn", "th"]

/** Vietnam in VND, and an international region in USD. */
export async function seedRegions(container: MedusaContainer) {
  const regionService = container.resolve(Modules.REGION)
  const taxService = container.resolve(Modules.TAX)
  const wanted = [
    { name: "Việt Nam", currency_code: "vnd", countries: ["vn"] },
    { name: "International", currency_code: "usd", countries: INTERNATIONAL_COUNTRIES },
  ]
  const existing = await regionService.listRegions({ name: { $in: wanted.map((r) => r.name) } })
  const missing = wanted.filter((r) => !existing.some((e) => e.name === r.name))
  if (missing.length) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((region) => ({
          ...region,
          automatic_taxes: true,
          is_tax_inclusive: region.currency_code === "vnd",
          payment_providers: ["pp_system_default"],
        })),
      },
    })
  }

  const taxRegions = await taxService.listTaxRegions()
  const countriesWithTax = new Set(taxRegions.filter((t) => !t.parent_id).map((t) => t.country_code))
  const needTax = ["vn", ...INTERNATIONAL_COUNTRIES].filter((c) => !countriesWithTax.has(c))
  if (needTax.length) {
    await createTaxRegionsWorkflow(container).run({
      input: needTax.map((country_code) => ({
        country_code,
        provider_id: "tp_system",
        // Vietnamese VAT: 10% standard (prices shown tax-inclusive in VND)
        default_tax_rate: country_code === "vn" ? { name: "VAT", code: "VAT10", rate: 10 } : undefined,
      })),
    })
  }
  const regions = await regionService.listRegions({ name: { $in: wanted.map((r) => r.name) } })
  return {
    vietnam: regions.find((r) => r.currency_code === "vnd")!,
    international: regions.find((r) => r.currency_code === "usd")!,
  }
}
