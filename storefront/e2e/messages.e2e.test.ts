/**
 * Messages between a buyer and a cooperative, in Vietnamese and in English, in headless Chromium on
 * the shared stack: a cooperative with a certified, published product is set up through the APIs;
 * in the browser a customer registers, asks the producer about the product from its page (an empty
 * question is refused in words; a phone number in it is hidden), the cooperative sees the unread
 * question in its portal and answers, and the customer sees the answer in its messages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Browser, type Stack, backendClient, type BackendClient } from "@ocop/stack"
import type { Page } from "playwright-core"
import { see, openPage } from "./helpers"
import { sharedBrowser, sharedStack } from "./shared-stack"
import { approvedSeller, certifiedProduct, registerInBrowser, signInSeller } from "./setup"
import { expectNoRawErrorText } from "./raw-error-text"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"
import { intlLocale, type Lang } from "../app/i18n"

const SLOW = 240_000
const PASSWORD = "mat-khau-tin-nhan-1"
const RUN = Date.now().toString().slice(-7)
const HIDDEN = "[•••]"

describe.each(["vi", "en"] as Lang[])("a customer asks a cooperative about a product, in %s", (lang) => {
  const t = lang === "en" ? en : vi
  const run = `${RUN}${lang === "en" ? 4 : 3}`
  const localized = (path: string) => (lang === "en" ? `/en${path}` : path)
  const SELLER = {
    email: `htx.tinnhan.${run}@example.vn`,
    tax_code: `48${run}`,
    product: `Chè Shan tuyết Tà Xùa ${run}`,
  }
  const CUSTOMER = { email: `khach.tinnhan.${run}@example.vn` }
  const question =
    lang === "en"
      ? "Is this tea from this year's spring harvest? Call me on 0912 345 678."
      : "Chè này có phải vụ xuân năm nay không ạ? Gọi em số 0912 345 678 nhé."
  const answer =
    lang === "en"
      ? "Yes, picked by hand in March, 250.000 ₫ per 100 g."
      : "Dạ đúng ạ, hái tay tháng Ba, 250.000 ₫ gói 100 g."

  let stack: Stack
  let browser: Browser
  let customer: Page
  let seller: Page
  let handle = ""
  let client: BackendClient

  const url = (path: string) => `${stack.storefrontUrl}${localized(path)}`

  async function newPage() {
    return (await openPage(browser, { locale: intlLocale(lang) })).page
  }

  beforeAll(async () => {
    stack = sharedStack()
    client = backendClient(stack)
    browser = await sharedBrowser()
    const seller = await approvedSeller(client, {
      email: SELLER.email,
      password: PASSWORD,
      legal_name: `Hợp tác xã Chè Tà Xùa ${run}`,
      tax_code: SELLER.tax_code,
      phone: "0912 345 679",
      address: { address_1: "Xã Tà Xùa", province_code: "Sơn La" },
      bank_account: { bank_name: "Agribank", account_number: `83002${run}`, account_holder: "HTX CHE TA XUA" },
    })
    const product = await certifiedProduct(
      client,
      seller,
      {
        title: SELLER.product,
        description: "Chè xanh sao tay từ cây cổ thụ.",
        product_group: 2,
        variants: [{ title: "Gói 100 g", sku: `CHE-TN-${run}`, price_vnd: 250000, stock: 50 }],
      },
      {
        total: 76,
        subgroup: "Đồ uống không cồn",
        province: "Sơn La",
        decisionNumber: `${2000 + Number(run.slice(-3))}/QĐ-UBND`,
      },
    )
    handle = product.handle
  }, SLOW * 2)

  afterAll(async () => {
    await browser?.close()
  })

  it(
    "the customer asks from the product page: an empty question is refused in words, the phone number is hidden",
    async () => {
      customer = await newPage()
      await registerInBrowser(customer, stack.storefrontUrl, lang, {
        full_name: "Trần Thu Hà",
        email: CUSTOMER.email,
        password: PASSWORD,
      })

      await customer.goto(url(`/products/${handle}`))
      await see(customer.locator("#ask-title")).toBe(t["messages.ask.title"])
      await customer.getByRole("button", { name: t["messages.ask.send"] }).click()
      await see(customer.locator(".field-error")).toBe(t["messages.error.empty"])
      await expectNoRawErrorText(customer, lang)

      await customer.getByLabel(t["messages.ask.label"]).fill(question)
      await customer.getByRole("button", { name: t["messages.ask.send"] }).click()
      await customer.waitForURL(/\/account\/messages\/mthr_/)
      await see(customer.locator(".notice.success")).toBe(t["messages.sent"])
      await see(customer.locator("h1")).toBe(SELLER.product)
      await see(customer.getByTestId("message").first()).toContain(HIDDEN)
      expect(await customer.getByTestId("message-list").textContent()).not.toContain("0912 345 678")
      await see(customer.getByTestId("message").first()).toContain(t["messages.masked_note"])
      await expectNoRawErrorText(customer, lang)
    },
    SLOW,
  )

  it(
    "the cooperative sees the unread question in its portal and answers it",
    async () => {
      seller = await newPage()
      await signInSeller(seller, stack.storefrontUrl, lang, { email: SELLER.email, password: PASSWORD })
      await seller.getByRole("link", { name: t["messages.title"], exact: true }).click()
      await see(seller.getByTestId("thread-unread")).toBe(t["messages.unread"].replace("{count}", "1"))
      await expectNoRawErrorText(seller, lang)
      await seller.getByRole("link", { name: SELLER.product }).click()
      await see(seller.getByTestId("message").first()).toContain(HIDDEN)
      await see(seller.locator("p.small").first()).toContain("Trần Thu Hà".split(" ").pop()!)
      // An empty answer is refused in words, and nothing is sent
      await seller.getByRole("button", { name: t["messages.reply.send"] }).click()
      await see(seller.locator(".field-error")).toBe(t["messages.error.empty"])
      await seller.getByLabel(t["messages.reply.label"]).fill(answer)
      await seller.getByRole("button", { name: t["messages.reply.send"] }).click()
      await see(seller.locator(".notice.success")).toBe(t["messages.sent"])
      await see(seller.getByTestId("message").nth(1)).toContain(answer)
      await expectNoRawErrorText(seller, lang)
    },
    SLOW,
  )

  it(
    "the customer sees the answer in its messages",
    async () => {
      await customer.goto(url("/account"))
      await customer.locator(".tile-list").getByRole("link", { name: t["messages.title"] }).click()
      await customer.waitForURL(/\/account\/messages$/)
      await see(customer.getByTestId("thread-unread")).toBe(t["messages.unread"].replace("{count}", "1"))
      await customer.getByRole("link", { name: SELLER.product }).click()
      await see(customer.getByTestId("message").nth(1)).toContain(answer)
      await see(customer.getByTestId("message").nth(1)).toContain(t["messages.author.seller"])
      await expectNoRawErrorText(customer, lang)
      await customer.goto(url("/account/messages"))
      await see(customer.getByTestId("thread-list")).toContain(SELLER.product)
      expect(await customer.getByTestId("thread-unread").count()).toBe(0)
    },
    SLOW,
  )
})
