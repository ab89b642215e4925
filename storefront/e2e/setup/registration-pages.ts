import type { Page } from "playwright-core"
import { dictionaries, localePath, type Lang } from "../../app/i18n"
import { wholesaleEn, wholesaleVi } from "../../app/i18n/wholesale"
import type { SellerRegistration } from "./seller"

/** A distributor company as its registration page asks for it. */
export type CompanyRegistration = {
  name: string
  tax_code: string
  invoice_address: string
  delivery_address: string
  province: string
  contact_name: string
  contact_phone: string
}

/** A person registers a customer account on the registration page and lands on its account. */
export async function registerInBrowser(
  page: Page,
  storefrontUrl: string,
  lang: Lang,
  person: { full_name: string; email: string; password: string },
) {
  const t = dictionaries[lang]
  await page.goto(`${storefrontUrl}${localePath(lang, "/account/register")}`)
  await page.getByLabel(t["address.full_name"]).fill(person.full_name)
  await page.getByLabel(t["checkout.email"]).fill(person.email)
  await page.getByLabel(t["account.password"]).fill(person.password)
  await page.getByRole("button", { name: t["account.register"] }).click()
  await page.waitForURL(/\/account$/)
}

/** Fills the seller portal's registration form on the current page (the caller submits it). */
export async function fillSellerRegistration(page: Page, lang: Lang, seller: SellerRegistration) {
  const t = dictionaries[lang]
  await page.getByLabel(t["seller.legal_name"]).fill(seller.legal_name)
  await page.getByLabel(t["seller.type"]).selectOption(seller.type ?? "cooperative")
  await page.getByLabel(t["seller.tax_code"]).fill(seller.tax_code)
  await page.getByLabel(t["checkout.email"]).fill(seller.email)
  await page.getByLabel(t["seller.phone"]).fill(seller.phone ?? "0912 345 678")
  await page.getByLabel(t["seller.address"]).fill(seller.address.address_1)
  await page.getByLabel(t["address.province"]).selectOption(seller.address.province_code)
  await page.getByLabel(t["seller.bank_name"]).fill(seller.bank_account.bank_name)
  await page.getByLabel(t["seller.account_number"]).fill(seller.bank_account.account_number)
  await page.getByLabel(t["seller.account_holder"]).fill(seller.bank_account.account_holder)
  await page.getByLabel(t["account.password"]).fill(seller.password)
}

/** A signed-in customer registers its distributor company and lands on the distributor page (pending). */
export async function registerCompanyInBrowser(
  page: Page,
  storefrontUrl: string,
  lang: Lang,
  company: CompanyRegistration,
) {
  const w = lang === "en" ? wholesaleEn : wholesaleVi
  await page.goto(`${storefrontUrl}${localePath(lang, "/distributor/register")}`)
  await page.getByLabel(w["distributor.name"]).fill(company.name)
  await page.getByLabel(w["distributor.tax_code"]).fill(company.tax_code)
  await page.getByLabel(w["distributor.invoice_address"]).fill(company.invoice_address)
  await page.getByLabel(w["distributor.delivery_address"]).fill(company.delivery_address)
  await page.getByLabel(w["distributor.province"]).selectOption(company.province)
  await page.getByLabel(w["distributor.contact_name"]).fill(company.contact_name)
  await page.getByLabel(w["distributor.contact_phone"]).fill(company.contact_phone)
  await page.getByRole("button", { name: w["distributor.submit"] }).click()
  await page.waitForURL(/\/distributor$/)
}
