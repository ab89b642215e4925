/**
 * The distributor's journey end to end, in Vietnamese and in English, in headless Chromium against
 * a throw-away stack (run `npm run build` of the plugins, backend and storefront first). A seller
 * with a certified, published product is set up through the APIs; in the browser the distributor
 * registers an account and its company, which the operator verifies (admin API); then it asks for
 * a price on 2,400 bottles → the seller sees its stock (200) is
 * short, raises it, answers and promises a delivery day → the distributor sees that day, accepts,
 * checks out by bank transfer (VietQR) with its company's VAT invoice details → the seller sees the
 * invoice details and confirms receipt → the distributor's order page shows it received.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Browser, type Stack, backendClient, type BackendClient } from "@ocop/stack"
import { openPage, see } from "./helpers"
import { sharedBrowser, sharedStack } from "./shared-stack"
import { approvedSeller, certifiedProduct, registerInBrowser, signInSeller, verifyDistributor } from "./setup"
import type { Page } from "playwright-core"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"
import { wholesaleEn, wholesaleVi } from "../app/i18n/wholesale"
import { formatDate, formatNumber, intlLocale, type Lang } from "../app/i18n"
import { formatMoney } from "../app/lib/money"
import { expectNoRawErrorText } from "./raw-error-text"

const SLOW = 240_000
const PASSWORD = "mat-khau-phan-phoi-1"
const RUN = Date.now().toString().slice(-7)

describe.each(["vi", "en"] as Lang[])(
  "a distributor, in %s, goes from registration to a quote paid by bank transfer",
  (lang) => {
    const t = lang === "en" ? en : vi
    const w = lang === "en" ? wholesaleEn : wholesaleVi
    const run = `${RUN}${lang === "en" ? 2 : 1}`
    const localized = (path: string) => (lang === "en" ? `/en${path}` : path)
    const number = (value: number) => formatNumber(value, lang)
    const money = (value: number) => formatMoney(value, "vnd", intlLocale(lang)).replace(/\s+/g, " ")
    const SELLER = {
      email: `htx.baogia.${run}@example.vn`,
      tax_code: `47${run}`,
      product: "Mật ong bạc hà Mèo Vạc",
      productEn: "Meo Vac mint honey",
      variant: "Chai 500 ml",
      variantEn: "500 ml bottle",
      sku: `MO-${run}`,
    }
    /** The names the distributor reads: the catalogue's English names on English pages. */
    const shown = lang === "en" ? `${SELLER.productEn} — ${SELLER.variantEn}` : `${SELLER.product} — ${SELLER.variant}`
    const DISTRIBUTOR = {
      email: `npp.${run}@example.vn`,
      company: "Công ty TNHH Phân phối Đặc sản Miền Bắc",
      tax_code: `01${run}`,
    }

    let stack: Stack
    let browser: Browser
    let distributor: Page
    let seller: Page
    let handle = ""
    let orderUrl = ""

    const url = (path: string) => `${stack.storefrontUrl}${localized(path)}`

    let client: BackendClient

    async function newPage() {
      return (await openPage(browser, { locale: intlLocale(lang) })).page
    }

    beforeAll(async () => {
      stack = sharedStack()
      client = backendClient(stack)
      browser = await sharedBrowser()
      // A cooperative with a certified, published product (seller API and admin API).
      const seller = await approvedSeller(client, {
        email: SELLER.email,
        password: PASSWORD,
        legal_name: "Hợp tác xã Ong mật Mèo Vạc",
        tax_code: SELLER.tax_code,
        address: { address_1: "Thị trấn Mèo Vạc", province_code: "Tuyên Quang" },
        bank_account: { bank_name: "Agribank", account_number: "8300205123456", account_holder: "HTX ONG MAT MEO VAC" },
      })
      const product = await certifiedProduct(
        client,
        seller,
        {
          title: SELLER.product,
          title_en: SELLER.productEn,
          description: "Mật ong hoa bạc hà cao nguyên đá.",
          product_group: 1,
          variants: [
            { title: SELLER.variant, title_en: SELLER.variantEn, sku: SELLER.sku, price_vnd: 320000, stock: 200 },
          ],
        },
        {
          total: 78,
          subgroup: "Thực phẩm chế biến",
          province: "Tuyên Quang",
          decisionNumber: `${1000 + Number(run.slice(-3))}/QĐ-UBND`,
        },
      )
      handle = product.handle
    }, SLOW * 2)

    afterAll(async () => {
      await browser?.close()
    })

    it(
      "the distributor registers an account and its company; the operator verifies it",
      async () => {
        distributor = await newPage()
        await registerInBrowser(distributor, stack.storefrontUrl, lang, {
          full_name: "Nguyễn Thu Hà",
          email: DISTRIBUTOR.email,
          password: PASSWORD,
        })
        await distributor.goto(url("/distributor/register"))
        await distributor.getByLabel(w["distributor.name"]).fill(DISTRIBUTOR.company)
        // Sent half filled: each empty field says so, and the first of them takes the focus.
        await distributor.getByRole("button", { name: w["distributor.submit"] }).click()
        await see(distributor.locator("#f-tax_code-error")).toBe(t["error.required"])
        await expect.poll(() => distributor.evaluate(() => document.activeElement?.id)).toBe("f-tax_code")
        await expectNoRawErrorText(distributor, lang)
        await distributor.getByLabel(w["distributor.tax_code"]).fill(DISTRIBUTOR.tax_code)
        await distributor.getByLabel(w["distributor.invoice_address"]).fill("25 Tràng Tiền, phường Hoàn Kiếm")
        await distributor.getByLabel(w["distributor.delivery_address"]).fill("8 Ngọc Lâm, phường Bồ Đề")
        await distributor.getByLabel(w["distributor.province"]).selectOption("Hà Nội")
        await distributor.getByLabel(w["distributor.contact_name"]).fill("Nguyễn Thu Hà")
        await distributor.getByLabel(w["distributor.contact_phone"]).fill("0987 654 321")
        await distributor.getByRole("button", { name: w["distributor.submit"] }).click()
        await distributor.waitForURL(/\/distributor$/)
        await see(distributor.locator(".distributor-status")).toMatch(w["distributor.status.pending"])
        await expectNoRawErrorText(distributor, lang)

        await verifyDistributor(client, DISTRIBUTOR.tax_code)
        await distributor.reload()
        await see(distributor.locator(".distributor-status")).toMatch(w["distributor.status.verified"])
        await expectNoRawErrorText(distributor, lang)
      },
      SLOW,
    )

    it(
      "asks the seller for a price on 2,400 bottles from the product page (beyond 100,000 is refused, saying the bound)",
      async () => {
        await distributor.goto(url(`/products/${handle}`))
        await distributor.getByRole("link", { name: t["quotes.ask_for_price"] }).click()
        await distributor.waitForURL(/\/account\/quotes\?product=/)
        await see(distributor.locator(".quote-request")).toMatch(shown.split(" — ")[0])
        await see(distributor.locator(".quote-request tbody")).toMatch(shown.split(" — ")[1])
        const quantity = distributor.getByLabel(new RegExp(SELLER.sku))
        await quantity.fill("100001")
        await distributor.getByRole("button", { name: t["quotes.send_request"] }).click()
        await see(distributor.locator(".field-error")).toBe(t["error.quantity.max"].replace("{max}", number(100_000)))
        // The quantity in error takes the focus (with JavaScript), its message read with it.
        await expect
          .poll(() => distributor.evaluate(() => document.activeElement?.getAttribute("aria-describedby")))
          .toBe("quote-error")
        await expectNoRawErrorText(distributor, lang)
        await distributor.getByLabel(new RegExp(SELLER.sku)).fill(number(2400))
        await distributor.getByLabel(t["quotes.message"]).fill("Xin giá sỉ, giao về kho Long Biên.")
        await distributor.getByRole("button", { name: t["quotes.send_request"] }).click()
        await see(distributor.locator(".notice.success")).toBe(t["quotes.requested"])
        await see(distributor.locator("table.data-table tbody tr")).toMatch(t["quotes.status.requested"])
        await see(distributor.locator("table.data-table tbody tr")).toMatch(shown)
        await expectNoRawErrorText(distributor, lang)
      },
      SLOW,
    )

    it(
      "the seller sees its stock is short, raises it, and answers 290,000 ₫ per bottle with a delivery day in 30 days",
      async () => {
        seller = await newPage()
        await signInSeller(seller, stack.storefrontUrl, lang, { email: SELLER.email, password: PASSWORD })
        await seller.getByRole("link", { name: t["quotes.title"], exact: true }).click()
        await seller.getByRole("link", { name: new RegExp(lang === "en" ? SELLER.productEn : SELLER.product) }).click()
        await see(seller.locator(".quote-messages")).toMatch("Xin giá sỉ, giao về kho Long Biên.")
        const quoteUrl = seller.url()
        await see(seller.getByTestId("quote-quantity")).toBe(number(2400))
        await see(seller.getByTestId("quote-available")).toBe(number(200))
        await see(seller.getByTestId("quote-stock-short")).toBe(
          t["quotes.stock_short"].replace("{available}", number(200)).replace("{quantity}", number(2400)),
        )
        const day = (offset: number) =>
          new Date(Date.now() + 7 * 3600_000 + offset * 86400_000).toISOString().slice(0, 10)
        const answer = async () => {
          await seller.getByLabel(t["quotes.unit_price_vnd"]).fill("290000")
          await seller.getByLabel(t["quotes.valid_until"]).fill(day(7))
          await seller.getByLabel(t["quotes.delivery_date"]).fill(day(30))
          await seller.getByLabel(t["quotes.seller_note"]).fill("Giá cho 2.400 chai, giao sau vụ thu hoạch.")
          await seller.getByRole("button", { name: t["quotes.send_answer"] }).click()
        }
        // Beyond the stock the answer is refused, in words that say what to do.
        await answer()
        await see(seller.locator(".notice.error")).toBe(t["refusal.quote_stock"])
        await expectNoRawErrorText(seller, lang)
        // The seller records the coming harvest as stock, from the link next to the warning.
        await seller.getByRole("link", { name: t["quotes.update_stock"] }).click()
        await seller.waitForURL(/\/seller\/products\/prod_/)
        await seller.getByLabel(t["seller.stock"]).first().fill("3000")
        await seller.getByRole("button", { name: t["seller.save"], exact: true }).click()
        await see(seller.locator(".notice.success")).toBe(t["seller.saved"])
        await seller.goto(quoteUrl)
        await see(seller.getByTestId("quote-available")).toBe(number(3000))
        expect(await seller.getByTestId("quote-stock-short").count()).toBe(0)
        await answer()
        await see(seller.getByTestId("quote-status")).toBe(t["quotes.status.answered"])
        await see(seller.getByTestId("quote-price")).toBe(money(290_000))
        await expectNoRawErrorText(seller, lang)
      },
      SLOW,
    )

    it(
      "the distributor sees the promised day, accepts and pays by bank transfer with its company's VAT invoice details",
      async () => {
        await distributor.goto(url("/account/quotes"))
        await distributor.getByRole("link", { name: shown }).click()
        await see(distributor.locator("h1")).toMatch(shown.split(" — ")[0])
        await see(distributor.getByTestId("quote-price")).toBe(money(290_000))
        const promised = new Date(Date.now() + 7 * 3600_000 + 30 * 86400_000).toISOString().slice(0, 10)
        await see(distributor.getByTestId("quote-delivery")).toBe(formatDate(promised, lang))
        expect(await distributor.getByTestId("quote-available").count()).toBe(0)
        await expectNoRawErrorText(distributor, lang)
        await distributor.getByRole("button", { name: t["quotes.accept"] }).click()
        await distributor.waitForURL(/\/checkout$/)
        await see(distributor.locator(".order-summary")).toMatch(money(696_000_000))
        // The invoice details come from the distributor company.
        expect(await distributor.getByLabel(t["checkout.invoice_wanted"]).isChecked()).toBe(true)
        expect(await distributor.getByLabel(t["checkout.invoice_tax_code"]).inputValue()).toBe(DISTRIBUTOR.tax_code)
        await distributor.getByLabel(t["address.full_name"]).fill("Nguyễn Thu Hà")
        await distributor.getByLabel(t["address.phone"]).fill("0987 654 321")
        await distributor.getByLabel(t["address.province"]).selectOption("Hà Nội")
        await distributor.getByLabel(t["address.ward"]).fill("Phường Bồ Đề")
        await distributor.getByLabel(t["address.street"]).fill("8 Ngọc Lâm")
        await distributor.getByLabel(new RegExp(t["shipping.standard"])).check()
        await distributor.getByLabel(new RegExp(t["payment.bank_transfer"].replace(/[()]/g, "."))).check()
        await distributor.getByRole("button", { name: t["checkout.place_order"], exact: true }).click()
        // The heading, with the checkout's messages if the order was refused (they explain why).
        await expect
          .poll(
            async () =>
              (await distributor.locator("h1, .notice, .field-error, .line-problem").allTextContents()).join(" | "),
            { timeout: 20_000 },
          )
          .toMatch(new RegExp(`^${t["order.thanks"]}`))
        orderUrl = distributor.url()
        const transfer = distributor.getByTestId("bank-transfer")
        await see(transfer.getByRole("heading")).toBe(t["order.transfer.awaiting_transfer"])
        await see(distributor.getByTestId("transfer-reference")).toMatch(/^OCOP[A-Z2-9]{8}$/)
        expect(await transfer.locator(".vietqr svg").count()).toBe(1)
        // Square and phone-sized on a desktop page, not stretched across it.
        const qr = await transfer.locator(".vietqr svg").boundingBox()
        expect(qr!.width).toBeGreaterThan(150)
        expect(qr!.width).toBeLessThanOrEqual(256)
        expect(Math.abs(qr!.width - qr!.height)).toBeLessThan(2)
        await see(distributor.locator(".vat-invoice")).toMatch(DISTRIBUTOR.company)
        await expectNoRawErrorText(distributor, lang)
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
        await see(seller.getByTestId("transfer-status")).toBe(t["order.transfer.awaiting_transfer"])
        await seller.getByRole("button", { name: t["seller.confirm_receipt"] }).click()
        await see(seller.locator(".notice.success")).toBe(t["seller.transfer_confirmed"])
        await see(seller.getByTestId("transfer-status")).toBe(t["order.transfer.received"])
        await expectNoRawErrorText(seller, lang)

        await distributor.goto(orderUrl)
        await see(distributor.getByTestId("bank-transfer").getByRole("heading")).toBe(t["order.transfer.received"])
        await expectNoRawErrorText(distributor, lang)
        await distributor.goto(url("/account/quotes"))
        await see(distributor.locator("table.data-table tbody tr")).toMatch(t["quotes.status.accepted"])
        await expectNoRawErrorText(distributor, lang)
      },
      SLOW,
    )
  },
)
