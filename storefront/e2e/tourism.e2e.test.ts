/**
 * A community-tourism booking end to end, in headless Chromium against the shared stack: the
 * cooperative opens a date in its portal, a visitor books persons on it from the product page and
 * checks out without address or shipping fee, gets a voucher with a QR code, and the cooperative
 * checks the voucher in at arrival (a second check says it was used). In Vietnamese with
 * JavaScript, in English without it; no page shows a rule code, an id or a field path.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Browser, type Stack, backendClient, type BackendClient } from "@ocop/stack"
import type { Page } from "playwright-core"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"
import { translate } from "../app/i18n"
import { openPage, see } from "./helpers"
import { expectNoRawErrorText } from "./raw-error-text"
import { sharedBrowser, sharedStack } from "./shared-stack"
import { approvedSeller, certifiedProduct, signInSeller, servedImage } from "./setup"

const SLOW = 240_000
const PASSWORD = "mat-khau-htx-du-lich"
const run = Date.now().toString().slice(-8)
const COOPERATIVE = {
  email: `htx.dulich.${run}@example.vn`,
  legal_name: "Hợp tác xã Du lịch cộng đồng Tả Van Thử Nghiệm",
  tax_code: `53${run}`,
}
const SERVICE = {
  title: `Homestay bản Tả Van ${run}`,
  titleEn: `Ta Van village homestay ${run}`,
  variant: "Một đêm",
  variantEn: "One night",
  price: 450_000,
}
/**
 * Developer text that must never reach a page: rule codes, ids, field paths, validator wording. (An
 * order id may appear inside the guest's secret link to the order, by design.)
 */
const RAW = /tourism_slot|slot_full|tslot_|tbook_|variant_\w{10}|Invalid request|\w+\.\d+\.\w+ \(/

/** A date some days ahead as a date input takes it (Vietnam time). */
function dayAhead(days: number) {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)
}

describe("consumer with a community-tourism booking, and the cooperative at arrival", () => {
  let stack: Stack
  let browser: Browser
  let client: BackendClient
  let handle = ""
  const codes: string[] = []

  const url = (path: string) => `${stack.storefrontUrl}${path}`

  const newPage = (options: { javaScriptEnabled?: boolean; locale?: string } = {}) => openPage(browser, options)

  /** The journey's own codes, and the shared check of every page for raw error text. */
  async function noRawText(page: Page) {
    expect(await page.locator("main").innerText()).not.toMatch(RAW)
    await expectNoRawErrorText(page)
  }

  beforeAll(async () => {
    stack = sharedStack()
    client = backendClient(stack)
    browser = await sharedBrowser()
    // A cooperative of Lào Cai, approved, with a certified homestay (group 6) on sale.
    const seller = await approvedSeller(client, {
      ...COOPERATIVE,
      password: PASSWORD,
      address: { address_1: "Thôn Tả Van Giáy, xã Tả Van", province_code: "Lào Cai" },
      bank_account: { bank_name: "Agribank Lào Cai", account_number: `39002${run}`, account_holder: "HTX TA VAN" },
    })
    const product = await certifiedProduct(
      client,
      seller,
      {
        title: SERVICE.title,
        title_en: SERVICE.titleEn,
        description: "Nghỉ một đêm trong nhà trình tường của người Giáy, bữa tối cùng gia đình chủ nhà.",
        product_group: 6,
        images: [await servedImage(client)],
        variants: [
          {
            title: SERVICE.variant,
            title_en: SERVICE.variantEn,
            sku: `TAVAN-${run}`,
            price_vnd: SERVICE.price,
            stock: 0,
          },
        ],
      },
      {
        total: 76,
        subgroup: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
        province: "Lào Cai",
        decisionNumber: `${7000 + Number(run.slice(-3))}/QĐ-UBND`,
      },
    )
    handle = product.handle
  }, SLOW)

  afterAll(async () => {
    await browser?.close()
  })

  it(
    "the cooperative opens a date for six persons in its portal",
    async () => {
      const { context, page } = await newPage()
      await signInSeller(page, stack.storefrontUrl, "vi", { email: COOPERATIVE.email, password: PASSWORD })
      await page.getByRole("link", { name: vi["tourism.seller.nav"] }).click()
      await page.waitForURL(url("/seller/tourism"))
      await page.getByLabel(vi["tourism.seller.date"]).fill(dayAhead(12))
      await page.getByLabel(vi["tourism.seller.time"]).fill("09:00")
      await page.getByLabel(vi["tourism.seller.capacity"]).fill("6")
      await page.getByRole("button", { name: vi["tourism.seller.create"] }).click()
      await see(page.locator(".notice.success")).toBe(vi["tourism.seller.created"])
      await see(page.getByTestId("tourism-slots").locator("tbody tr")).toMatch(SERVICE.title)
      // The same date and time twice is refused in words.
      await page.getByLabel(vi["tourism.seller.date"]).fill(dayAhead(12))
      await page.getByLabel(vi["tourism.seller.time"]).fill("09:00")
      await page.getByRole("button", { name: vi["tourism.seller.create"] }).click()
      await see(page.getByTestId("slot-refusal")).toBe(vi["tourism.error.slot_exists"])
      await noRawText(page)
      await context.close()
    },
    SLOW,
  )

  it(
    "a visitor books two persons in Vietnamese, checks out without address or shipping fee, and sees the voucher",
    async () => {
      const { context, page } = await newPage()
      // Found in the catalogue, its card leads to the dates: no one-tap "add to cart" for a booking.
      const card = page.locator(".product-card", { hasText: SERVICE.title })
      await expect
        .poll(async () => {
          await page.goto(url(`/products?q=${encodeURIComponent(SERVICE.title)}`))
          return card.count()
        })
        .toBe(1)
      expect(await card.getByRole("button", { name: new RegExp(vi["cart.add"]) }).count()).toBe(0)
      await card.getByTestId("card-choose-date").click()
      await page.waitForURL(url(`/products/${handle}`))
      const slot = page.getByTestId("tourism-slot").first()
      await see(slot).toMatch(translate("vi", "tourism.slot.left", { count: 6 }))
      await noRawText(page)
      await page.getByLabel(vi["tourism.persons"]).fill("7")
      await page.getByRole("button", { name: vi["tourism.book"], exact: true }).click()
      await see(page.locator("#slot-error")).toBe(vi["tourism.error.slot_full"])
      await noRawText(page)
      await page.getByLabel(vi["tourism.persons"]).fill("2")
      await page.getByRole("button", { name: vi["tourism.book"], exact: true }).click()
      await see(page.locator(".notice.success")).toMatch(vi["cart.added"].split(" (")[0])

      await page.goto(url("/checkout"))
      await see(page.getByTestId("no-shipping")).toBe(vi["tourism.checkout.no_shipping"])
      expect(await page.getByLabel(vi["address.full_name"]).count()).toBe(0)
      expect(await page.locator('input[name="shipping_option"]').count()).toBe(0)
      await noRawText(page)
      await page.getByLabel(vi["checkout.email"]).first().fill(`khach.dulich.${run}@example.com`)
      await page.getByRole("button", { name: vi["checkout.place_order"] }).click()
      await page.waitForURL(/\/orders\/order_/)
      await see(page.locator("h1")).toBe(vi["order.thanks"])
      await noRawText(page)
      await page.getByTestId("voucher-link").click()
      await page.waitForURL(/\/voucher/)
      await see(page.locator("h1")).toBe(vi["tourism.voucher.title"])
      await see(page.getByTestId("voucher")).toMatch(SERVICE.title)
      await see(page.getByTestId("voucher-status")).toBe(vi["tourism.voucher.valid"])
      expect(await page.locator("img.voucher-qr").getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/)
      codes.push(((await page.getByTestId("voucher-code").textContent()) ?? "").trim())
      await noRawText(page)
      await context.close()
    },
    SLOW,
  )

  it(
    "a visitor books in English without JavaScript, and gets the voucher in English",
    async () => {
      const { context, page } = await newPage({ javaScriptEnabled: false, locale: "en-US" })
      await page.goto(url(`/en/products/${handle}`))
      await see(page.getByTestId("tourism-slot").first()).toMatch(translate("en", "tourism.slot.left", { count: 4 }))
      await see(page.getByTestId("tourism-slot").first()).toMatch(SERVICE.variantEn)
      await noRawText(page)
      await page.getByLabel(en["tourism.persons"]).fill("1")
      await page.getByRole("button", { name: en["tourism.book"], exact: true }).click()
      await page.goto(url("/en/checkout"))
      await see(page.getByTestId("no-shipping")).toBe(en["tourism.checkout.no_shipping"])
      await see(page.locator(".order-summary")).toMatch(`${SERVICE.titleEn} · ${SERVICE.variantEn}`)
      await noRawText(page)
      await page.getByLabel(en["checkout.email"]).first().fill(`visitor.${run}@example.com`)
      await page.getByRole("button", { name: en["checkout.place_order"] }).click()
      await page.waitForURL(/\/en\/orders\/order_/)
      await see(page.locator(".order-page")).toMatch(`${SERVICE.titleEn}`)
      await page.getByTestId("voucher-link").click()
      await page.waitForURL(/\/en\/orders\/order_\w+\/voucher/)
      await see(page.locator("h1")).toBe(en["tourism.voucher.title"])
      // The service and its variant by their English names, not the Vietnamese ones.
      await see(page.getByTestId("voucher")).toMatch(SERVICE.titleEn)
      await see(page.getByTestId("voucher")).toMatch(SERVICE.variantEn)
      expect(await page.getByTestId("voucher").innerText()).not.toMatch(SERVICE.title)
      await see(page.getByTestId("voucher-status")).toBe(en["tourism.voucher.valid"])
      codes.push(((await page.getByTestId("voucher-code").textContent()) ?? "").trim())
      await noRawText(page)
      await context.close()
    },
    SLOW,
  )

  it(
    "the cooperative checks the vouchers in at arrival, once each, and sees the bookings of the date",
    async () => {
      expect(codes).toHaveLength(2)
      const { context, page } = await newPage()
      await signInSeller(page, stack.storefrontUrl, "vi", { email: COOPERATIVE.email, password: PASSWORD })
      // A booking's order part is not shipped: once accepted it points to the check-in, with no tracking number.
      await page.goto(url("/seller/orders"))
      await page.locator("table tbody a").first().click()
      await page.waitForURL(/\/seller\/orders\/selord_/)
      await page.getByRole("button", { name: vi["seller.accept"] }).click()
      await see(page.getByTestId("order-checkin")).toMatch(vi["tourism.seller.order_checkin_link"])
      // Nothing to pack or ship: only the check-in (or cancelling) is offered.
      expect(await page.getByLabel(vi["seller.tracking_number"]).count()).toBe(0)
      expect(await page.getByRole("button", { name: vi["seller.pack"] }).count()).toBe(0)
      expect(await page.getByRole("button", { name: vi["seller.ship"] }).count()).toBe(0)
      await page.getByTestId("order-checkin").getByRole("link").click()
      await page.waitForURL(url("/seller/tourism"))
      await page.getByLabel(vi["tourism.checkin.code"]).fill(codes[0])
      await page.getByRole("button", { name: vi["tourism.checkin.submit"] }).click()
      await see(page.getByTestId("check-in-result")).toMatch(vi["tourism.checkin.ok"])
      await see(page.getByTestId("check-in-result")).toMatch(SERVICE.title)
      await page.getByLabel(vi["tourism.checkin.code"]).fill(codes[0])
      await page.getByRole("button", { name: vi["tourism.checkin.submit"] }).click()
      await see(page.getByTestId("check-in-result")).toMatch(vi["tourism.error.voucher_used"])
      await page.getByLabel(vi["tourism.checkin.code"]).fill("khong-phai-ma-phieu")
      await page.getByRole("button", { name: vi["tourism.checkin.submit"] }).click()
      await see(page.getByTestId("check-in-result")).toBe(vi["tourism.error.voucher_invalid"])
      await noRawText(page)

      // Its only visitor arrived: that order part is delivered; the other one waits for its visitor.
      await page.goto(url("/seller/orders"))
      const statuses = page.locator("main table tbody tr td:nth-child(4)")
      await expect
        .poll(async () =>
          (await statuses.allTextContents()).filter((text) => text.trim() === vi["seller.status.delivered"]),
        )
        .toHaveLength(1)
      expect(await statuses.count()).toBe(2)
      await page.goto(url("/seller/tourism"))

      // The date's bookings: two orders, three persons, the first one arrived.
      await page.getByTestId("tourism-slots").locator("tbody a").first().click()
      await page.waitForURL(/\/seller\/tourism\/slots\//)
      await see(page.getByTestId("slot-booked")).toBe("3")
      await expect.poll(() => page.getByTestId("slot-bookings").locator("tbody tr").count()).toBe(2)
      await see(page.getByTestId("slot-bookings")).toMatch(vi["tourism.voucher.used"].split(" {")[0])
      await noRawText(page)
      await context.close()
    },
    SLOW,
  )
})
