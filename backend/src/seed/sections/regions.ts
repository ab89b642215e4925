import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow, createTaxRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"

/** Countries served by the international (USD) region, for export buyers. */
export const INTERNATIONAL_COUNTRIES = ["us", "gb", "de", "fr", "nl", "jp", "kr", "sg", "au", "ca", "cn", "th"]

/** Cash on delivery: Medusa's system provider, always there. */
export const COD_PROVIDER = "pp_system_default"
/** Card payments: Medusa's Stripe provider (id `stripe`), registered only when STRIPE_API_KEY is set. */
export const STRIPE_PROVIDER = "pp_stripe_stripe"
/** Bank transfer by VietQR (plugins/wholesale, id `vietqr`): VND only, so the Vietnam region only. */
export const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_vietqr"

/**
 * The payment providers a region offers: cash on delivery, bank transfer by VietQR in VND, and cards
 * through Stripe when the backend runs with Stripe configured (its provider is then registered and enabled).
 */
async function wantedPaymentProviders(container: MedusaContainer, currency: string) {
  const wanted = [COD_PROVIDER, ...(currency === "vnd" ? [BANK_TRANSFER_PROVIDER] : []), STRIPE_PROVIDER]
  const providers = await container
    .resolve(Modules.PAYMENT)
    .listPaymentProviders({ id: wanted.slice(1), is_enabled: true })
  return wanted.filter((id) => id === COD_PROVIDER || providers.some((provider) => provider.id === id))
}

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
  const paymentProviders = {
    vnd: await wantedPaymentProviders(container, "vnd"),
    usd: await wantedPaymentProviders(container, "usd"),
  }
  if (missing.length) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((region) => ({
          ...region,
          automatic_taxes: true,
          is_tax_inclusive: region.currency_code === "vnd",
          payment_providers: paymentProviders[region.currency_code as "vnd" | "usd"],
        })),
      },
    })
  }

  // Regions seeded before Stripe (or bank transfer) was configured get its provider now (never removes one).
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: current } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code", "payment_providers.id"],
    filters: { name: wanted.map((r) => r.name) },
  })
  for (const region of current as {
    id: string
    currency_code: "vnd" | "usd"
    payment_providers?: ({ id: string } | null)[]
  }[]) {
    const has = (region.payment_providers ?? []).flatMap((p) => (p ? [p.id] : []))
    const wantedHere = paymentProviders[region.currency_code]
    if (wantedHere.every((id) => has.includes(id))) continue
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: [...new Set([...has, ...wantedHere])] } },
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
