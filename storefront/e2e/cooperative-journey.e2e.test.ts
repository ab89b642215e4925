/**
 * The cooperative's journey end to end, in Vietnamese and in English, in headless Chromium against
 * the shared stack: it registers in the seller portal and waits; once the operator approved it
 * (admin API: the approvals in the admin are their own journey), it lists a product, which is
 * refused publication until the province certifies it (admin API), then published; it gives the
 * variant its GTIN and declares a lot with a packing step that the lot's public page shows; a
 * customer buys the product; the cooperative accepts, packs and ships the order, and its payouts
 * show the line and reconcile. Every page it sees is checked for raw error text.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Browser, type Stack, backendClient, type BackendClient } from "@ocop/stack"
import { withCheckDigit } from "@ocop/plugin-ocop/gs1"
import { ruleSentence } from "@ocop/reference"
import type { Page } from "playwright-core"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"
import { intlLocale, type Lang } from "../app/i18n"
import { see, openPage } from "./helpers"
import { expectNoRawErrorText } from "./raw-error-text"
import { sharedBrowser, sharedStack } from "./shared-stack"
import { approveSeller, certify, fillSellerRegistration, sellerSubjectId } from "./setup"

const SLOW = 240_000
const PASSWORD = "mat-khau-htx-hanh-trinh"
const RUN = Date.now().toString().slice(-6)

/** A day in Vietnam (UTC+7, no daylight saving), `days` from today. */
function vnDay(days = 0) {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)
}

describe.each(["vi", "en"] as Lang[])("a cooperative, in %s, from registration to lots and payouts", (lang) => {
  const t = lang === "en" ? en : vi
  const run = `${RUN}${lang === "en" ? 2 : 1}`
  const COOPERATIVE = {
    email: `htx.hanhtrinh.${run}@example.vn`,
    legal_name: `Hợp tác xã Cà phê Cầu Đất ${run}`,
    tax_code: `58${run}0`,
    product: `Cà phê Arabica Cầu Đất rang mộc ${run}`,
    price: 240_000,
  }
  let stack: Stack
  let browser: Browser
  let client: BackendClient
  let page: Page
  let productId = ""
  let partNumber = ""

  const url = (path: string) => `${stack.storefrontUrl}${lang === "en" ? `/en${path}` : path}`

  async function newPage() {
    return (await openPage(browser, { locale: intlLocale(lang), timeout: 30_000 })).page
  }

  beforeAll(async () => {
    stack = sharedStack()
    client = backendClient(stack)
    browser = await sharedBrowser()
  }, SLOW)

  afterAll(async () => {
    await browser?.close()
  })

  it(
    "registers in the seller portal and waits for approval",
    async () => {
      page = await newPage()
      await page.goto(url("/seller"))
      await page.waitForURL(/\/seller\/login\?next=/)
      await expectNoRawErrorText(page, lang)
      await page.getByRole("link", { name: t["seller.register"] }).click()
      await fillSellerRegistration(page, lang, {
        ...COOPERATIVE,
        password: PASSWORD,
        phone: "0912 678 345",
        address: { address_1: "Thôn Trạm Hành, xã Xuân Trường", province_code: "Lâm Đồng" },
        bank_account: {
          bank_name: "Agribank Lâm Đồng",
          account_number: `5400205${run}`,
          account_holder: "HTX CA PHE CAU DAT",
        },
      })
      // A mistyped tax code is refused in the page's language, and that field takes the focus.
      await page.getByLabel(t["seller.tax_code"]).fill(COOPERATIVE.tax_code.slice(0, 7))
      await page.getByRole("button", { name: t["seller.register"] }).click()
      await see(page.locator("#f-tax_code-error")).toBe(t["error.tax_code.invalid"])
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("f-tax_code")
      await expectNoRawErrorText(page, lang)
      await page.getByLabel(t["seller.tax_code"]).fill(COOPERATIVE.tax_code)
      await page.getByLabel(t["account.password"]).fill(PASSWORD)
      await page.getByRole("button", { name: t["seller.register"] }).click()
      await page.waitForURL(/\/seller\/pending$/)
      await see(page.getByRole("heading", { level: 1 })).toBe(t["seller.pending_title"])
      await see(page.locator(".notice.info")).toMatch(COOPERATIVE.legal_name)
      await expectNoRawErrorText(page, lang)
    },
    SLOW,
  )

  it(
    "once approved, lists a product that cannot be published before it is certified, then publishes it",
    async () => {
      const sellerId = await approveSeller(client, { email: COOPERATIVE.email })

      await page.goto(url("/seller/products"))
      await see(page.locator("main")).toMatch(t["seller.products_none"])
      await expectNoRawErrorText(page, lang)
      await page.getByRole("link", { name: t["seller.product_new"] }).click()
      await page.getByLabel(t["seller.product_title"]).fill(COOPERATIVE.product)
      await page.getByLabel(t["seller.product_description"]).fill("Arabica trồng dưới tán thông, rang mộc.")
      const row = page.locator(".variant-row").first()
      await row.getByLabel(t["seller.variant_title"]).fill("Gói 500 g")
      await row.getByLabel(t["seller.sku"]).fill(`CD-${run}`)
      await row.getByLabel(t["seller.price_vnd"]).fill(String(COOPERATIVE.price))
      await row.getByLabel(t["seller.stock"]).fill("40")
      await page.getByRole("button", { name: t["seller.save"] }).click()
      await page.waitForURL(/\/seller\/products\/prod_/)
      productId = page.url().split("/").pop()!
      await see(page.locator(".notice.success")).toBe(t["seller.saved"])
      await page.getByRole("button", { name: t["seller.publish"] }).click()
      await see(page.locator(".notice.error")).toBe(t["refusal.uncertified"])
      await expectNoRawErrorText(page, lang)

      await certify(
        client,
        { subjectId: await sellerSubjectId(client, sellerId), productId },
        {
          total: 81,
          productGroup: 1,
          subgroup: "Cà phê, ca cao",
          province: "Lâm Đồng",
          decisionNumber: `${3000 + Number(run.slice(-3))}/QĐ-UBND`,
        },
      )
      await page.goto(url(`/seller/products/${productId}`))
      const publish = page.getByRole("button", { name: t["seller.publish"] })
      if (await publish.isEnabled()) {
        await publish.click()
        await see(page.locator(".notice.success")).toBe(t["seller.published"])
      }
      await see(page.locator("main")).toMatch(t["seller.product_published"])
      await expectNoRawErrorText(page, lang)
    },
    SLOW,
  )

  it(
    "gives the variant its GTIN and declares a lot with a packing step, shown on the lot's public page",
    async () => {
      await page.goto(url("/seller/lots"))
      await see(page.locator("main")).toMatch(t["seller.lot_needs_gtin"])
      await expectNoRawErrorText(page, lang)
      await page.goto(url("/seller/gtins"))
      const gtin = withCheckDigit(`893613${run.slice(-6)}`)
      const gtinRow = page.getByTestId("gtins").locator("tr", { hasText: COOPERATIVE.product })
      const wrong = gtin.slice(0, 12) + String((Number(gtin[12]) + 1) % 10)
      await gtinRow.getByLabel(t["seller.gtin_label"]).fill(wrong)
      await gtinRow.getByRole("button", { name: t["seller.gtin_save"] }).click()
      // The check digit's rule, with its facts: the digit given and the one expected
      const checkDigit = { value: wrong, given: wrong[12], expected: Number(gtin[12]) }
      await see(page.getByTestId("gtin-refusal")).toBe(
        ruleSentence({ field: "gtin", rule: "check_digit", params: checkDigit }, lang)!,
      )
      await expectNoRawErrorText(page, lang)
      const again = page.getByTestId("gtins").locator("tr", { hasText: COOPERATIVE.product })
      await again.getByLabel(t["seller.gtin_label"]).fill(gtin)
      await again.getByRole("button", { name: t["seller.gtin_save"] }).click()
      await see(page.locator(".notice.success")).toBe(t["seller.gtin_saved"])
      await expectNoRawErrorText(page, lang)

      // A lot produced in three days and expiring in two: both refusals, each with its days
      await page.goto(url("/seller/lots"))
      await page.getByLabel(t["seller.lot_code"]).fill(`CD-${run}`)
      await page.getByLabel(t["seller.lot_production_date"]).fill(vnDay(3))
      await page.getByLabel(t["seller.lot_expiry_date"]).fill(vnDay(2))
      await page.getByLabel(t["seller.lot_quantity"]).fill("120")
      await page.getByLabel(t["seller.lot_origin"]).fill("Xã Xuân Trường, tỉnh Lâm Đồng")
      await page.getByRole("button", { name: t["seller.lot_create"] }).click()
      const future = { date: vnDay(3), today: vnDay(0) }
      const expiry = { date: vnDay(2), production_date: vnDay(3) }
      await see(page.getByTestId("lot-refusal")).toBe(
        [
          ruleSentence({ field: "production_date", rule: "future", params: future }, lang),
          ruleSentence({ field: "expiry_date", rule: "after_production", params: expiry }, lang),
        ].join(" "),
      )
      await expectNoRawErrorText(page, lang)

      await page.getByLabel(t["seller.lot_code"]).fill(`CD-${run}`)
      await page.getByLabel(t["seller.lot_production_date"]).fill("2026-10-01")
      await page.getByLabel(t["seller.lot_expiry_date"]).fill("")
      await page.getByLabel(t["seller.lot_quantity"]).fill("120")
      await page.getByLabel(t["seller.lot_origin"]).fill("Xã Xuân Trường, tỉnh Lâm Đồng")
      await page.getByRole("button", { name: t["seller.lot_create"] }).click()
      await see(page.locator(".notice.success")).toBe(t["seller.lot_created"])
      const lot = page.getByTestId("lots").locator("tr", { hasText: `CD-${run}` })
      await lot.getByLabel(t["seller.lot_event_step"], { exact: true }).selectOption("packing")
      await lot.getByLabel(t["seller.lot_event_time"], { exact: true }).fill("2026-10-02T08:30")
      await lot.getByLabel(t["seller.lot_event_place"], { exact: true }).fill("Xưởng rang Cầu Đất")
      await lot.getByRole("button", { name: t["seller.lot_event_record"], exact: true }).click()
      await see(page.locator(".notice.success")).toBe(t["seller.lot_event_recorded"])
      await expectNoRawErrorText(page, lang)
      await page
        .getByTestId("lots")
        .getByRole("link", { name: `CD-${run}` })
        .click()
      await see(page.locator("main")).toMatch("Xưởng rang Cầu Đất")
      await see(page.locator("main")).toMatch(COOPERATIVE.product)
      await expectNoRawErrorText(page, lang)
    },
    SLOW,
  )

  it(
    "a customer buys the product; the cooperative accepts, packs and ships the order",
    async () => {
      const { products } = await client.call<{ products: { handle: string }[] }>(
        "GET",
        `/store/products?id[]=${productId}&fields=handle`,
        null,
      )
      const buyer = await newPage()
      await buyer.goto(url(`/products/${products[0].handle}`))
      await buyer.getByLabel(t["product.quantity"]).fill("3")
      await buyer.getByRole("button", { name: t["cart.add"], exact: true }).click()
      await see(buyer.locator(".notice.success")).toMatch(t["cart.added"].split(" (")[0])
      await buyer.goto(url("/checkout"))
      await buyer.getByLabel(t["checkout.email"]).fill(`khach.caphe.${run}@example.vn`)
      await buyer.getByLabel(t["address.full_name"]).fill("Lê Thị Mai")
      await buyer.getByLabel(t["address.phone"]).fill("0903 456 789")
      await buyer.getByLabel(t["address.province"]).selectOption("Hà Nội")
      await buyer.getByLabel(t["address.ward"]).fill("Phường Ba Đình")
      await buyer.getByLabel(t["address.street"]).fill("Số 9 phố Đội Cấn")
      await buyer.getByLabel(new RegExp(t["shipping.standard"])).check()
      await buyer.getByRole("button", { name: t["checkout.place_order"], exact: true }).click()
      await buyer.waitForURL(/\/orders\/order_/, { timeout: 60_000 })
      await expectNoRawErrorText(buyer, lang)
      await buyer.context().close()

      await page.goto(url("/seller/orders"), { timeout: 60_000 })
      await expectNoRawErrorText(page, lang)
      const link = page.locator('main table a[href*="/seller/orders/selord_"]').first()
      await see(link).toMatch(/^#\d+-\d+$/)
      partNumber = ((await link.textContent()) ?? "").trim().slice(1)
      await link.click()
      await page.waitForURL(/\/seller\/orders\/selord_/)
      await see(page.locator("main table")).toMatch(COOPERATIVE.product)
      await see(page.locator("[data-testid=ship-to]")).toMatch(/Lê Thị Mai · 0903 456 789/)
      await expectNoRawErrorText(page, lang)
      for (const step of ["seller.accept", "seller.pack"] as const) {
        await page.getByRole("button", { name: t[step] }).click()
        await see(page.locator(".notice.success")).toBe(t["seller.order_updated"])
        await expectNoRawErrorText(page, lang)
      }
      // Shipping needs a tracking number: said in the page's language.
      await page.getByRole("button", { name: t["seller.ship"] }).click()
      await see(page.locator(".field-error")).toBe(t["error.required"])
      await page.getByLabel(t["seller.tracking_number"]).fill(`GHN${run}`)
      await page.getByRole("button", { name: t["seller.ship"] }).click()
      await see(page.locator(".notice.success")).toBe(t["seller.order_updated"])
      await see(page.getByTestId("order-status")).toBe(t["seller.status.shipped"])
      await see(page.locator(".facts")).toMatch(`GHN${run}`)
      await expectNoRawErrorText(page, lang)
    },
    SLOW,
  )

  it(
    "sees the order's payout line, which reconciles: gross, 8 % commission, net",
    async () => {
      await page.goto(url("/seller/payouts"))
      const row = page.getByTestId("payout-ledger").locator("tbody tr").first()
      await see(row.locator("a")).toBe(`#${partNumber}`)
      const amount = async (cell: string) =>
        Number(((await row.locator(`[data-column=${cell}]`).first().textContent()) ?? "").replace(/\D/g, ""))
      expect(await amount("gross")).toBe(3 * COOPERATIVE.price)
      expect(await amount("commission")).toBe(57_600)
      expect(await amount("net")).toBe(3 * COOPERATIVE.price - 57_600)
      await expectNoRawErrorText(page, lang)
      await page.context().close()
    },
    SLOW,
  )
})
