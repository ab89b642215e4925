/**
 * The operator's approvals end to end, in Vietnamese and in English, in headless Chromium against a
 * the shared stack (the BUILT backend, its admin at /app; run `npm run build` first). A
 * cooperative registers in the seller portal and waits; a distributor registers its company and
 * waits; the operator, with the admin's language set to Vietnamese or English (Medusa keeps it in
 * the `lng` cookie, as its profile's language setting does), opens the sellers page from the menu,
 * cannot reject without a reason, approves the cooperative, then verifies the distributor on the
 * distributors page, and finds its contact's name family name first on Medusa's customer page; the
 * cooperative's portal opens for selling and the distributor's page says it is verified. No page, the admin's included, shows raw error text.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendClient, type Browser, type Stack } from "@ocop/stack"
import { sharedBrowser, sharedStack } from "./shared-stack"
import type { Page } from "playwright-core"
import { en as adminEn } from "@ocop/plugin-marketplace/admin/i18n/en"
import { vi as adminVi } from "@ocop/plugin-marketplace/admin/i18n/vi"
import { en as wholesaleAdminEn } from "@ocop/plugin-wholesale/admin/i18n/en"
import { vi as wholesaleAdminVi } from "@ocop/plugin-wholesale/admin/i18n/vi"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"
import { wholesaleEn, wholesaleVi } from "../app/i18n/wholesale"
import { intlLocale, type Lang } from "../app/i18n"
import { see, openPage } from "./helpers"
import { fillSellerRegistration, registerCompanyInBrowser, registerInBrowser } from "./setup"
import { expectNoRawErrorText } from "./raw-error-text"

const SLOW = 240_000
const PASSWORD = "mat-khau-duyet-ho-so"
const RUN = Date.now().toString().slice(-7)

describe("admin approvals in a real browser", () => {
  let stack: Stack
  let browser: Browser

  beforeAll(async () => {
    stack = sharedStack()
    browser = await sharedBrowser()
  }, 2 * SLOW)

  afterAll(async () => {
    await browser?.close()
  })

  describe.each(["vi", "en"] as Lang[])("the operator, with the admin in %s, approves the registrations", (lang) => {
    const t = lang === "en" ? en : vi
    const w = lang === "en" ? wholesaleEn : wholesaleVi
    const a = lang === "en" ? adminEn : adminVi
    const d = lang === "en" ? wholesaleAdminEn : wholesaleAdminVi
    const run = `${RUN}${lang === "en" ? 2 : 1}`
    const COOPERATIVE = {
      email: `htx.duyet.${run}@example.vn`,
      legal_name: `Hợp tác xã Miến Dong Bình Liêu ${run}`,
      tax_code: `57${run}`,
    }
    const DISTRIBUTOR = {
      email: `npp.duyet.${run}@example.vn`,
      company: `Công ty TNHH Đặc sản Vùng Cao ${run}`,
      tax_code: `02${run}`,
    }
    let cooperative: Page
    let distributor: Page
    let operator: Page

    const url = (path: string) => `${stack.storefrontUrl}${lang === "en" ? `/en${path}` : path}`

    async function newPage() {
      return (
        await openPage(browser, { viewport: { width: 1280, height: 900 }, locale: intlLocale(lang), timeout: 30_000 })
      ).page
    }

    /** The admin's row of a registration, found by its name on the current filter. */
    const row = (name: string) => operator.locator("tbody tr", { hasText: name })

    it(
      "a cooperative registers in the seller portal and waits for approval",
      async () => {
        cooperative = await newPage()
        await cooperative.goto(url("/seller/register"))
        await fillSellerRegistration(cooperative, lang, {
          ...COOPERATIVE,
          password: PASSWORD,
          address: { address_1: "Thôn Khe Và, xã Bình Liêu", province_code: "Quảng Ninh" },
          bank_account: {
            bank_name: "Agribank",
            account_number: "8000205123456",
            account_holder: "HTX MIEN DONG BINH LIEU",
          },
        })
        await cooperative.getByRole("button", { name: t["seller.register"] }).click()
        await cooperative.waitForURL(/\/seller\/pending$/)
        await see(cooperative.getByRole("heading", { level: 1 })).toBe(t["seller.pending_title"])
        await expectNoRawErrorText(cooperative, lang)
      },
      SLOW,
    )

    it(
      "a distributor registers an account and its company, and waits for verification",
      async () => {
        distributor = await newPage()
        await registerInBrowser(distributor, stack.storefrontUrl, lang, {
          full_name: "Hoàng Văn Nam",
          email: DISTRIBUTOR.email,
          password: PASSWORD,
        })
        await registerCompanyInBrowser(distributor, stack.storefrontUrl, lang, {
          name: DISTRIBUTOR.company,
          tax_code: DISTRIBUTOR.tax_code,
          invoice_address: "18 Trần Phú, phường Hạ Long",
          delivery_address: "Kho số 2, phường Hạ Long",
          province: "Quảng Ninh",
          contact_name: "Hoàng Văn Nam",
          contact_phone: "0987 654 321",
        })
        await see(distributor.locator(".distributor-status")).toMatch(w["distributor.status.pending"])
        await expectNoRawErrorText(distributor, lang)
      },
      SLOW,
    )

    it(
      "the operator signs in to the admin, opens the sellers page from the menu, and approves the cooperative (not rejecting it without a reason)",
      async () => {
        operator = await newPage()
        // The admin's language, as its profile setting keeps it.
        await operator.context().addCookies([{ name: "lng", value: lang, url: stack.backendUrl }])
        await operator.goto(`${stack.backendUrl}/app/login`)
        await operator.locator('input[name="email"]').fill(stack.logins.admin.email)
        await operator.locator('input[name="password"]').fill(stack.logins.admin.password)
        await operator.locator('button[type="submit"]').click()
        await operator.waitForURL((address) => !address.pathname.endsWith("/login"), { timeout: 60_000 })

        await operator.getByRole("link", { name: a.ocop_sellers.menu, exact: true }).first().click()
        await operator.waitForURL(/\/app\/sellers/)
        await see(operator.getByRole("heading", { level: 1 })).toBe(a.ocop_sellers.title)
        for (const header of [
          a.ocop_sellers.seller,
          a.ocop_sellers.tax_code,
          a.ocop_sellers.province,
          a.ocop_sellers.commission,
          a.ocop_sellers.documents,
          a.ocop_review.status_header,
          a.ocop_review.review_header,
        ])
          await see(operator.getByRole("columnheader", { name: header, exact: true })).toBe(header)
        const registration = row(COOPERATIVE.legal_name)
        await see(registration).toMatch(`${a.ocop_sellers.type.cooperative} · ${COOPERATIVE.email}`)
        await see(registration).toMatch(a.ocop_review.status.pending)
        await expectNoRawErrorText(operator, lang)

        // Rejecting needs a reason the applicant can act on: without one, nothing changes.
        await registration.getByRole("button", { name: a.ocop_review.reject }).click()
        await see(operator.getByText(a.ocop_review.reason_required)).toBe(a.ocop_review.reason_required)
        await see(registration).toMatch(a.ocop_review.status.pending)

        await registration.getByRole("button", { name: a.ocop_sellers.approve, exact: true }).click()
        const approved = a.ocop_review.status.approved.toLowerCase()
        await see(operator.getByText(`${COOPERATIVE.legal_name}: ${approved}`)).toBe(
          `${COOPERATIVE.legal_name}: ${approved}`,
        )
        // Gone from the pending registrations.
        await expect.poll(() => row(COOPERATIVE.legal_name).count(), { timeout: 15_000 }).toBe(0)
        await expectNoRawErrorText(operator, lang)
      },
      SLOW,
    )

    it(
      "the operator verifies the distributor on the distributors page",
      async () => {
        await operator.getByRole("link", { name: d.ocop_distributors.menu, exact: true }).first().click()
        await operator.waitForURL(/\/app\/distributors/)
        await see(operator.getByRole("heading", { level: 1 })).toBe(d.ocop_distributors.title)
        const registration = row(DISTRIBUTOR.company)
        await see(registration).toMatch(DISTRIBUTOR.tax_code)
        await see(registration).toMatch("Quảng Ninh")
        await registration.getByRole("button", { name: d.ocop_distributors.verify, exact: true }).click()
        const verified = a.ocop_review.status.verified.toLowerCase()
        await see(operator.getByText(`${DISTRIBUTOR.company}: ${verified}`)).toBe(`${DISTRIBUTOR.company}: ${verified}`)
        await expect.poll(() => row(DISTRIBUTOR.company).count(), { timeout: 15_000 }).toBe(0)
        await expectNoRawErrorText(operator, lang)

        // Its contact on Medusa's customer page: the name family name first, beside Medusa's "first last".
        const { customers } = await backendClient(stack).admin<{ customers: { id: string }[] }>(
          "GET",
          `/admin/customers?q=${encodeURIComponent(DISTRIBUTOR.email)}`,
        )
        await operator.goto(`${stack.backendUrl}/app/customers/${customers[0].id}`)
        await see(operator.getByTestId("vietnamese-names")).toMatch(a.ocop_names.title)
        await see(operator.getByTestId("vietnamese-name-customer")).toBe("Hoàng Văn Nam")
        await operator.context().close()
      },
      SLOW,
    )

    it(
      "the cooperative's portal opens for selling, and the distributor's page says it is verified",
      async () => {
        await cooperative.goto(url("/seller"))
        await see(cooperative.getByRole("heading", { level: 1 })).toBe(t["seller.dashboard"])
        await cooperative.goto(url("/seller/products"))
        await see(cooperative.getByRole("link", { name: t["seller.product_new"] })).toBe(t["seller.product_new"])
        await expectNoRawErrorText(cooperative, lang)
        await distributor.reload()
        await see(distributor.locator(".distributor-status")).toMatch(w["distributor.status.verified"])
        await expectNoRawErrorText(distributor, lang)
        await cooperative.context().close()
        await distributor.context().close()
      },
      SLOW,
    )
  })
})
