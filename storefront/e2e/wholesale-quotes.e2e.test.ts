/**
 * Quotes (RFQ) end to end, in headless Chromium against a throw-away stack (run `npm run
 * build` of the plugins, backend and storefront first). Set up through the APIs (a seller with a
 * certified, published product; a distributor company verified by the operator), then in the
 * browser: the distributor asks for a price on 2,400 bottles → the seller sees its stock (200) is
 * short, raises it, answers and promises a delivery day → the distributor sees that day, accepts,
 * checks out by bank transfer (VietQR) with its company's VAT invoice details → the seller sees the
 * invoice details and confirms receipt → the distributor's order page shows it received.
 */
import { randomBytes } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchBrowser, type Browser, type Stack, backendClient, type BackendClient } from "@ocop/stack"
import { sharedStack } from "./shared-stack"
import { scoresForTotal } from "@ocop/plugin-ocop/rules"
import type { Locator, Page } from "playwright-core"
import { vi } from "../app/i18n/vi"

const SLOW = 240_000
const PASSWORD = "mat-khau-phan-phoi-1"
const run = Date.now().toString().slice(-8)
const SELLER = {
  email: `htx.baogia.${run}@example.vn`,
  tax_code: `47${run}`,
  product: "Mật ong bạc hà Mèo Vạc",
  sku: `MO-${run}`,
}
const DISTRIBUTOR = {
  email: `npp.${run}@example.vn`,
  company: "Công ty TNHH Phân phối Đặc sản Miền Bắc",
  tax_code: `01${run}`,
}

describe("a quote goes from request to a paid order in a real browser", () => {
  let stack: Stack
  let browser: Browser
  let distributor: Page
  let seller: Page
  let handle = ""
  let orderUrl = ""

  const url = (path: string) => `${stack.storefrontUrl}${path}`

  let call: BackendClient["call"]

  const see = (locator: Locator) =>
    expect.poll(
      async () =>
        (
          (await locator
            .first()
            .textContent({ timeout: 1_000 })
            .catch(() => "")) ?? ""
        )
          .replace(/\s+/g, " ")
          .trim(),
      { timeout: 15_000, interval: 200 },
    )

  async function newPage() {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: "vi-VN" })
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    page.on("pageerror", (error) => console.error("page error:", error.message))
    return page
  }

  beforeAll(async () => {
    process.env.SESSION_SECRET ??= randomBytes(32).toString("hex")
    stack = sharedStack()
    call = backendClient(stack).call
    browser = await launchBrowser()
    const admin = (await call<{ token: string }>("POST", "/auth/user/emailpass", null, stack.logins.admin)).token

    // A cooperative with a certified, published product (seller API and admin API).
    const registration = (
      await call<{ token: string }>("POST", "/auth/seller/emailpass/register", null, {
        email: SELLER.email,
        password: PASSWORD,
      })
    ).token
    const { seller: created } = await call<{ seller: { id: string } }>("POST", "/sellers", registration, {
      legal_name: "Hợp tác xã Ong mật Mèo Vạc",
      type: "cooperative",
      tax_code: SELLER.tax_code,
      email: SELLER.email,
      phone: "0912 345 678",
      address: { address_1: "Thị trấn Mèo Vạc", province_code: "Tuyên Quang" },
      bank_account: { bank_name: "Agribank", account_number: "8300205123456", account_holder: "HTX ONG MAT MEO VAC" },
    })
    await call("POST", `/admin/sellers/${created.id}/approve`, admin)
    const sellerToken = (
      await call<{ token: string }>("POST", "/auth/seller/emailpass", null, { email: SELLER.email, password: PASSWORD })
    ).token
    const { product } = await call<{ product: { id: string; handle: string } }>(
      "POST",
      "/sellers/me/products",
      sellerToken,
      {
        title: SELLER.product,
        description: "Mật ong hoa bạc hà cao nguyên đá.",
        product_group: 1,
        variants: [{ title: "Chai 500 ml", sku: SELLER.sku, price_vnd: 320000, stock: 200 }],
      },
    )
    handle = product.handle
    const { seller: detail } = await call<{ seller: { ocop_subject: { id: string } } }>(
      "GET",
      `/admin/sellers/${created.id}`,
      admin,
    )
    await call("POST", "/admin/ocop/certificates", admin, {
      evaluation: {
        subject_id: detail.ocop_subject.id,
        product_id: product.id,
        product_group: 1,
        subgroup: "Thực phẩm chế biến",
        scores: scoresForTotal(78),
        mandatory_unmet: [],
        council: "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Tuyên Quang",
        evaluated_at: "2026-09-01",
      },
      decision_number: `${1000 + Number(run.slice(-3))}/QĐ-UBND`,
      decision_date: "2026-09-15",
      authority_level: "province",
      authority_name: "UBND tỉnh Tuyên Quang",
    })
    await call("POST", `/sellers/me/products/${product.id}/publish`, sellerToken)

    // A distributor company, verified by the operator.
    const customerRegistration = (
      await call<{ token: string }>("POST", "/auth/customer/emailpass/register", null, {
        email: DISTRIBUTOR.email,
        password: PASSWORD,
      })
    ).token
    await call("POST", "/store/customers", customerRegistration, {
      email: DISTRIBUTOR.email,
      first_name: "Hà",
      last_name: "Nguyễn Thu",
    })
    const customerToken = (
      await call<{ token: string }>("POST", "/auth/customer/emailpass", null, {
        email: DISTRIBUTOR.email,
        password: PASSWORD,
      })
    ).token
    const { company } = await call<{ company: { id: string } }>("POST", "/store/distributors", customerToken, {
      name: DISTRIBUTOR.company,
      tax_code: DISTRIBUTOR.tax_code,
      invoice_address: "25 Tràng Tiền, phường Hoàn Kiếm, Hà Nội",
      delivery_addresses: [{ label: "Kho Long Biên", address_1: "8 Ngọc Lâm", province: "Hà Nội" }],
      contact_name: "Nguyễn Thu Hà",
      contact_phone: "0987 654 321",
      contact_email: DISTRIBUTOR.email,
    })
    await call("POST", `/admin/distributors/${company.id}/verify`, admin)
  }, SLOW * 2)

  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
  })

  it(
    "the distributor asks the seller for a price on 2.400 bottles (beyond 100.000 is refused, saying the bound)",
    async () => {
      distributor = await newPage()
      await distributor.goto(url(`/account/quotes?product=${handle}`))
      await distributor.waitForURL(/\/account\/login/)
      await distributor.getByLabel(vi["checkout.email"]).fill(DISTRIBUTOR.email)
      await distributor.getByLabel(vi["account.password"]).fill(PASSWORD)
      await distributor.getByRole("button", { name: vi["account.sign_in"] }).click()
      await distributor.waitForURL(/\/account\/quotes\?product=/)
      await distributor.getByLabel(/Chai 500 ml/).fill("100001")
      await distributor.getByRole("button", { name: vi["quotes.send_request"] }).click()
      await see(distributor.locator(".field-error")).toBe(vi["error.quantity.max"].replace("{max}", "100.000"))
      await distributor.getByLabel(/Chai 500 ml/).fill("2.400")
      await distributor.getByLabel(vi["quotes.message"]).fill("Xin giá sỉ, giao về kho Long Biên.")
      await distributor.getByRole("button", { name: vi["quotes.send_request"] }).click()
      await see(distributor.locator(".notice.success")).toBe(vi["quotes.requested"])
      await see(distributor.locator("table.data-table tbody tr")).toMatch(vi["quotes.status.requested"])
    },
    SLOW,
  )

  it(
    "the seller sees its stock is short, raises it, and answers 290.000 ₫ per bottle with a delivery day in 30 days",
    async () => {
      seller = await newPage()
      await seller.goto(url("/seller/login"))
      await seller.getByLabel(vi["checkout.email"]).fill(SELLER.email)
      await seller.getByLabel(vi["account.password"]).fill(PASSWORD)
      await seller.getByRole("button", { name: vi["seller.sign_in"] }).click()
      await seller.waitForURL(url("/seller"))
      await seller.getByRole("link", { name: vi["quotes.title"], exact: true }).click()
      await seller.getByRole("link", { name: new RegExp(SELLER.product) }).click()
      await see(seller.locator(".quote-messages")).toMatch("Xin giá sỉ, giao về kho Long Biên.")
      const quoteUrl = seller.url()
      await see(seller.getByTestId("quote-quantity")).toBe("2.400")
      await see(seller.getByTestId("quote-available")).toBe("200")
      await see(seller.getByTestId("quote-stock-short")).toBe(
        vi["quotes.stock_short"].replace("{available}", "200").replace("{quantity}", "2.400"),
      )
      const day = (offset: number) =>
        new Date(Date.now() + 7 * 3600_000 + offset * 86400_000).toISOString().slice(0, 10)
      const answer = async () => {
        await seller.getByLabel(vi["quotes.unit_price_vnd"]).fill("290000")
        await seller.getByLabel(vi["quotes.valid_until"]).fill(day(7))
        await seller.getByLabel(vi["quotes.delivery_date"]).fill(day(30))
        await seller.getByLabel(vi["quotes.seller_note"]).fill("Giá cho 2.400 chai, giao sau vụ thu hoạch.")
        await seller.getByRole("button", { name: vi["quotes.send_answer"] }).click()
      }
      // Beyond the stock the answer is refused, in words that say what to do.
      await answer()
      await see(seller.locator(".notice.error")).toBe(vi["refusal.quote_stock"])
      // The seller records the coming harvest as stock, from the link next to the warning.
      await seller.getByRole("link", { name: vi["quotes.update_stock"] }).click()
      await seller.waitForURL(/\/seller\/products\/prod_/)
      await seller.getByLabel(vi["seller.stock"]).first().fill("3000")
      await seller.getByRole("button", { name: vi["seller.save"], exact: true }).click()
      await see(seller.locator(".notice.success")).toBe(vi["seller.saved"])
      await seller.goto(quoteUrl)
      await see(seller.getByTestId("quote-available")).toBe("3.000")
      expect(await seller.getByTestId("quote-stock-short").count()).toBe(0)
      await answer()
      await see(seller.getByTestId("quote-status")).toBe(vi["quotes.status.answered"])
      await see(seller.getByTestId("quote-price")).toMatch(/290\.000\s₫/)
    },
    SLOW,
  )

  it(
    "the distributor accepts and pays by bank transfer with its company's VAT invoice details",
    async () => {
      await distributor.goto(url("/account/quotes"))
      await distributor.getByRole("link", { name: new RegExp(SELLER.product) }).click()
      await see(distributor.getByTestId("quote-price")).toMatch(/290\.000\s₫/)
      // The promised delivery day, as Vietnamese write dates.
      const promised = new Date(Date.now() + 7 * 3600_000 + 30 * 86400_000).toISOString().slice(0, 10).split("-")
      await see(distributor.getByTestId("quote-delivery")).toBe(`${promised[2]}/${promised[1]}/${promised[0]}`)
      expect(await distributor.getByTestId("quote-available").count()).toBe(0)
      await distributor.getByRole("button", { name: vi["quotes.accept"] }).click()
      await distributor.waitForURL(/\/checkout$/)
      await see(distributor.locator(".order-summary")).toMatch(/696\.000\.000\s₫/)
      // The invoice details come from the distributor company.
      expect(await distributor.getByLabel(vi["checkout.invoice_wanted"]).isChecked()).toBe(true)
      expect(await distributor.getByLabel(vi["checkout.invoice_tax_code"]).inputValue()).toBe(DISTRIBUTOR.tax_code)
      await distributor.getByLabel(vi["address.full_name"]).fill("Nguyễn Thu Hà")
      await distributor.getByLabel(vi["address.phone"]).fill("0987 654 321")
      await distributor.getByLabel(vi["address.province"]).selectOption("Hà Nội")
      await distributor.getByLabel(vi["address.ward"]).fill("Phường Bồ Đề")
      await distributor.getByLabel(vi["address.street"]).fill("8 Ngọc Lâm")
      await distributor.getByLabel(new RegExp(vi["shipping.standard"])).check()
      await distributor.getByLabel(new RegExp(vi["payment.bank_transfer"].replace(/[()]/g, "."))).check()
      await distributor.getByRole("button", { name: vi["checkout.place_order"], exact: true }).click()
      // The heading, with the checkout's messages if the order was refused (they explain why).
      await expect
        .poll(
          async () =>
            (await distributor.locator("h1, .notice, .field-error, .line-problem").allTextContents()).join(" | "),
          { timeout: 20_000 },
        )
        .toMatch(new RegExp(`^${vi["order.thanks"]}`))
      orderUrl = distributor.url()
      const transfer = distributor.getByTestId("bank-transfer")
      await see(transfer.getByRole("heading")).toBe(vi["order.transfer.awaiting_transfer"])
      await see(distributor.getByTestId("transfer-reference")).toMatch(/^OCOP[A-Z2-9]{8}$/)
      expect(await transfer.locator(".vietqr svg").count()).toBe(1)
      // Square and phone-sized on a desktop page, not stretched across it.
      const qr = await transfer.locator(".vietqr svg").boundingBox()
      expect(qr!.width).toBeGreaterThan(150)
      expect(qr!.width).toBeLessThanOrEqual(256)
      expect(Math.abs(qr!.width - qr!.height)).toBeLessThan(2)
      await see(distributor.locator(".vat-invoice")).toMatch(DISTRIBUTOR.company)
    },
    SLOW,
  )

  it(
    "the seller sees the invoice details and confirms receipt; the distributor sees the transfer received",
    async () => {
      // The seller knows its part of the order by the part's own id, from its own list
      await seller.goto(url("/seller/orders"))
      await seller.locator('main table a[href*="/seller/orders/selord_"]').first().click()
      await seller.waitForURL(/\/seller\/orders\/selord_/)
      await see(seller.getByTestId("vat-invoice")).toMatch(DISTRIBUTOR.tax_code)
      await see(seller.getByTestId("transfer-status")).toBe(vi["order.transfer.awaiting_transfer"])
      await seller.getByRole("button", { name: vi["seller.confirm_receipt"] }).click()
      await see(seller.locator(".notice.success")).toBe(vi["seller.transfer_confirmed"])
      await see(seller.getByTestId("transfer-status")).toBe(vi["order.transfer.received"])

      await distributor.goto(orderUrl)
      await see(distributor.getByTestId("bank-transfer").getByRole("heading")).toBe(vi["order.transfer.received"])
      await distributor.goto(url("/account/quotes"))
      await see(distributor.locator("table.data-table tbody tr")).toMatch(vi["quotes.status.accepted"])
    },
    SLOW,
  )
})
