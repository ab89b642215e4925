/**
 * Returns end to end, in headless Chromium against the shared stack: a signed-in buyer whose part
 * of an order was delivered asks on the order page to return a line (a wrong bank account number is
 * refused in words first), the cooperative accepts with instructions in its portal and marks the
 * goods received, and the buyer sees the return refunded. In Vietnamese, then in English; no page
 * shows a rule code, an id or a field path.
 */
import { afterAll, beforeAll, describe, it } from "vitest"
import { type Browser, type Stack, backendClient, type BackendClient } from "@ocop/stack"
import type { Page } from "playwright-core"
import { intlLocale } from "../app/i18n"
import { en } from "../app/i18n/en"
import { formatMoney } from "../app/lib/money"
import { vi } from "../app/i18n/vi"
import { see, openPage } from "./helpers"
import { expectNoRawErrorText } from "./raw-error-text"
import { sharedBrowser, sharedStack } from "./shared-stack"
import {
  approvedSeller,
  certifiedProduct,
  deliverPart,
  placeCashOrder,
  registeredCustomer,
  sellerPart,
  signInCustomer,
  signInSeller,
  servedImage,
} from "./setup"

/** The messages of one language, as the pages show them. */
type Dictionary = Record<keyof typeof vi, string>

const SLOW = 240_000
const PASSWORD = "mat-khau-htx-tra-hang"
const BUYER_PASSWORD = "mat-khau-nguoi-mua-1"
/** The demo store's return shipping (its return shipping option), as each language writes it (spaces as `see` folds them). */
const returnShipping = (prefix: string) =>
  formatMoney(30000, "vnd", intlLocale(prefix ? "en" : "vi")).replace(/\s+/g, " ")
const run = Date.now().toString().slice(-8)
const COOPERATIVE = {
  email: `htx.trahang.${run}@example.vn`,
  legal_name: "Hợp tác xã Mật ong Bạc Hà Thử Nghiệm",
  tax_code: `54${run}`,
}
const BUYER = `nguoimua.trahang.${run}@example.vn`

describe("a buyer returns part of a delivered order, the cooperative accepts and receives it", () => {
  let stack: Stack
  let browser: Browser
  let client: BackendClient
  let sellerToken = ""
  let customer = { email: "", token: "" }
  let variantId = ""

  const url = (path: string) => `${stack.storefrontUrl}${path}`

  const newPage = (locale = "vi-VN") => openPage(browser, { locale, timeout: 30_000 })

  /** A cash-on-delivery order of 2 jars by the buyer, shipped and delivered by the cooperative: its id and part. */
  async function deliveredOrder() {
    const order = await placeCashOrder(client, customer, [{ variant_id: variantId, quantity: 2 }])
    const part = await sellerPart(client, sellerToken, order)
    await deliverPart(client, sellerToken, part.id, `VNP${run}`)
    return { orderId: order.id, part }
  }

  /** The buyer asks, on the order page, to return one of the two jars; a wrong account number first. */
  async function askReturn(page: Page, dictionary: Dictionary, prefix: string, orderId: string, number: string) {
    await page.goto(url(`${prefix}/orders/${orderId}`), { timeout: 60_000 })
    const part = page.getByTestId(`return-part-${number}`)
    await see(part.getByTestId("return-window")).toMatch(dictionary["returns.window"].split(" {date}")[0])
    // Before asking: what sending the goods back costs, and that the seller pays it for damaged goods.
    await see(part.getByTestId("return-shipping-rule")).toContain(returnShipping(prefix))
    await see(part.getByTestId("return-shipping-rule")).toContain(dictionary["returns.reason.damaged"].toLowerCase())
    await part.getByLabel(new RegExp(dictionary["returns.quantity_of"].split(" (")[0])).fill("1")
    await part.getByLabel(dictionary["returns.reason"]).selectOption("damaged")
    await part
      .getByLabel(dictionary["returns.note"])
      .fill(prefix ? "One jar arrived cracked." : "Một hũ bị nứt khi nhận.")
    await part.getByLabel(dictionary["returns.bank"]).fill("Vietcombank")
    await part.getByLabel(dictionary["returns.account_number"]).fill("12ab")
    await part.getByLabel(dictionary["returns.holder"]).fill("Nguyễn Thị Lan")
    await part.getByRole("button", { name: dictionary["returns.submit"] }).click()
    // Refused in words next to the field, on the returns page, nothing sent.
    await see(page.locator(".field-error")).toBe(dictionary["returns.error.account_number"])
    await expectNoRawErrorText(page, prefix ? "en" : "vi")
    const again = page.getByTestId(`return-part-${number}`)
    await again.getByLabel(new RegExp(dictionary["returns.quantity_of"].split(" (")[0])).fill("1")
    await again.getByLabel(dictionary["returns.bank"]).fill("Vietcombank")
    await again.getByLabel(dictionary["returns.account_number"]).fill("0123 456 789")
    await again.getByLabel(dictionary["returns.holder"]).fill("Nguyễn Thị Lan")
    await again.getByRole("button", { name: dictionary["returns.submit"] }).click()
    await see(page.locator(".notice.success")).toBe(dictionary["returns.sent"])
    await see(page.getByTestId("return-status")).toBe(dictionary["returns.status.requested"])
    await see(page.getByTestId("return-shipping")).toBe(
      dictionary["returns.shipping.seller"].replace("{amount}", returnShipping(prefix)),
    )
    await expectNoRawErrorText(page, prefix ? "en" : "vi")
  }

  /** The cooperative opens the request in its portal, accepts it with instructions, then marks it received. */
  async function acceptAndReceive(page: Page, dictionary: Dictionary, prefix: string, number: string) {
    await page.goto(url(`${prefix}/seller/returns`), { timeout: 60_000 })
    await page.getByRole("link", { name: `#${number}` }).click()
    await page.waitForURL(/\/seller\/returns\/selret_/)
    await see(page.getByTestId("return-status")).toBe(dictionary["returns.status.requested"])
    await see(page.getByTestId("return-shipping")).toBe(
      dictionary["returns.shipping.seller"].replace("{amount}", returnShipping(prefix)),
    )
    // Accepting without instructions is refused in words.
    await page.getByRole("button", { name: dictionary["returns.seller.accept"] }).click()
    await see(page.locator(".field-error")).toBe(dictionary["error.required"])
    await page
      .getByLabel(dictionary["returns.seller.instructions"])
      .fill(
        prefix
          ? "Post the jar back to the cooperative, order number on the box."
          : "Gửi hũ lại qua bưu điện về HTX, ghi mã đơn ngoài hộp.",
      )
    await page.getByRole("button", { name: dictionary["returns.seller.accept"] }).click()
    await see(page.locator(".notice.success")).toBe(dictionary["returns.seller.updated"])
    await see(page.getByTestId("return-status")).toBe(dictionary["returns.status.accepted"])
    await page.getByRole("button", { name: dictionary["returns.seller.received"] }).click()
    await see(page.locator(".notice.success")).toBe(dictionary["returns.seller.updated"])
    await see(page.getByTestId("return-status")).toBe(dictionary["returns.status.refunded"])
    await expectNoRawErrorText(page, prefix ? "en" : "vi")
    // The payout statement charges the cooperative the return shipping of the damaged jar.
    await page.goto(url(`${prefix}/seller/payouts`))
    await see(page.getByTestId("payout-ledger").locator("thead")).toContain(dictionary["seller.return_shipping"])
    const line = page
      .getByTestId("payout-ledger")
      .locator("tbody tr")
      .filter({ hasText: `#${number}` })
    await see(line.locator("[data-column=return_shipping]")).toBe(returnShipping(prefix))
    await expectNoRawErrorText(page, prefix ? "en" : "vi")
  }

  beforeAll(async () => {
    stack = sharedStack()
    client = backendClient(stack)
    browser = await sharedBrowser()
    // A cooperative of Lào Cai, approved, with certified honey on sale.
    const seller = await approvedSeller(client, {
      ...COOPERATIVE,
      password: PASSWORD,
      address: { address_1: "Thôn Bản Phố, xã Bản Phố", province_code: "Lào Cai" },
      bank_account: { bank_name: "Agribank Lào Cai", account_number: `39003${run}`, account_holder: "HTX MAT ONG" },
    })
    sellerToken = seller.token
    const product = await certifiedProduct(
      client,
      seller,
      {
        title: `Mật ong bạc hà ${run}`,
        title_en: `Mint honey ${run}`,
        description: "Mật ong hoa bạc hà cao nguyên đá, thu hoạch mùa thu.",
        product_group: 1,
        images: [await servedImage(client)],
        variants: [{ title: "Hũ 500 g", title_en: "500 g jar", sku: `MATONG-${run}`, price_vnd: 250_000, stock: 20 }],
      },
      {
        total: 80,
        subgroup: "Thực phẩm tươi sống",
        province: "Lào Cai",
        decisionNumber: `${8000 + Number(run.slice(-3))}/QĐ-UBND`,
      },
    )
    variantId = product.variants[0].id
    // The buyer's account.
    customer = await registeredCustomer(client, {
      email: BUYER,
      password: BUYER_PASSWORD,
      first_name: "Lan",
      last_name: "Nguyễn",
    })
  }, SLOW)

  afterAll(async () => {
    await browser?.close()
  })

  for (const [lang, language, dictionary, prefix] of [
    ["vi", "Vietnamese", vi, ""],
    ["en", "English", en, "/en"],
  ] as const) {
    it(
      `in ${language}: the buyer asks, the cooperative accepts and receives, the buyer sees it refunded`,
      async () => {
        const { orderId, part } = await deliveredOrder()
        const buyer = await newPage(prefix ? "en-US" : "vi-VN")
        await signInCustomer(buyer.page, stack.storefrontUrl, lang, { email: BUYER, password: BUYER_PASSWORD })
        await askReturn(buyer.page, dictionary, prefix, orderId, part.number)

        const seller = await newPage(prefix ? "en-US" : "vi-VN")
        await signInSeller(seller.page, stack.storefrontUrl, lang, { email: COOPERATIVE.email, password: PASSWORD })
        await acceptAndReceive(seller.page, dictionary, prefix, part.number)
        await seller.context.close()

        await buyer.page.goto(url(`${prefix}/orders/${orderId}`), { timeout: 60_000 })
        await see(buyer.page.getByTestId("return-status")).toBe(dictionary["returns.status.refunded"])
        await see(buyer.page.getByTestId("order-returns")).toMatch(prefix ? "250,000" : "250.000")
        // The returned lines are named in the page's language.
        await see(buyer.page.getByTestId("order-returns")).toMatch(
          prefix ? `Mint honey ${run} · 500 g jar` : `Mật ong bạc hà ${run} · Hũ 500 g`,
        )
        await expectNoRawErrorText(buyer.page, prefix ? "en" : "vi")
        await buyer.context.close()
      },
      SLOW,
    )
  }
})
