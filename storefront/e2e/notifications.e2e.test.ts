/**
 * The notification centre in a real browser, in Vietnamese and in English: a cooperative sees its
 * new order with the unread count in the portal's nav and marks it read; the buyer sees in the
 * header that the order has shipped, reads it, and turns that e-mail off. No raw error text.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Browser, type Stack, backendClient, type BackendClient } from "@ocop/stack"
import { notificationLabel } from "@ocop/reference"
import type { Page } from "playwright-core"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"
import { intlLocale, type Lang } from "../app/i18n"
import { see, openPage } from "./helpers"
import { expectNoRawErrorText } from "./raw-error-text"
import { sharedBrowser, sharedStack } from "./shared-stack"
import {
  approvedSeller,
  certifiedProduct,
  placeCashOrder,
  registeredCustomer,
  sellerPart,
  shipPart,
  signInCustomer,
  signInSeller,
} from "./setup"

const SLOW = 240_000
const PASSWORD = "mat-khau-thong-bao-1"
const RUN = Date.now().toString().slice(-7)

describe.each(["vi", "en"] as Lang[])("notifications in a real browser (%s)", (lang) => {
  const t = lang === "en" ? en : vi
  const run = `${RUN}${lang === "en" ? 2 : 1}`
  const localized = (path: string) => (lang === "en" ? `/en${path}` : path)
  const SELLER = { email: `htx.tb.${run}@example.vn`, tax_code: `47${run}`, sku: `TB-${run}` }
  const BUYER = { email: `mua.tb.${run}@example.vn` }
  let stack: Stack
  let browser: Browser
  let client: BackendClient
  let sellerToken = ""
  let part = { id: "", number: "" }

  const fill = (template: string, params: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, key) => String(params[key]))

  async function newPage(): Promise<Page> {
    return (await openPage(browser, { locale: intlLocale(lang) })).page
  }

  beforeAll(async () => {
    stack = sharedStack()
    client = backendClient(stack)
    browser = await sharedBrowser()
    // A cooperative with a certified, published product.
    const seller = await approvedSeller(client, {
      email: SELLER.email,
      password: PASSWORD,
      legal_name: "Hợp tác xã Mật ong Bạc Hà Đồng Văn",
      tax_code: SELLER.tax_code,
      address: { address_1: "Thị trấn Đồng Văn", province_code: "Tuyên Quang" },
      bank_account: { bank_name: "Agribank", account_number: "8300205654321", account_holder: "HTX MAT ONG DONG VAN" },
    })
    sellerToken = seller.token
    const product = await certifiedProduct(
      client,
      seller,
      {
        title: "Mật ong bạc hà Đồng Văn",
        description: "Mật ong hoa bạc hà cao nguyên đá.",
        product_group: 1,
        variants: [{ title: "Chai 500 ml", sku: SELLER.sku, price_vnd: 280000, stock: 50 }],
      },
      {
        total: 78,
        subgroup: "Thực phẩm chế biến",
        province: "Tuyên Quang",
        decisionNumber: `${6000 + Number(run.slice(-3))}/QĐ-UBND`,
      },
    )
    // A registered buyer orders it (cash on delivery), through the store API as the storefront does.
    const buyer = await registeredCustomer(client, {
      email: BUYER.email,
      password: PASSWORD,
      first_name: "Lan",
      last_name: "Nguyễn",
    })
    const order = await placeCashOrder(client, buyer, [{ variant_id: product.variants[0].id, quantity: 1 }])
    part = await sellerPart(client, sellerToken, order)
  }, SLOW * 2)

  afterAll(async () => {
    await browser?.close()
  })

  it(
    "the cooperative sees its new order and the unread count in the portal, and marks it read",
    async () => {
      const page = await newPage()
      await signInSeller(page, stack.storefrontUrl, lang, { email: SELLER.email, password: PASSWORD })
      const navLink = page.locator(".seller-nav a.notifications-link")
      await see(navLink).toBe(`${t["nav.notifications"]} (1)`)
      await navLink.click()
      await page.waitForURL(new RegExp(`${localized("/seller/notifications")}$`))
      const item = page.locator('.notification-list li[data-kind="seller_order.created"]')
      await see(item).toContain(lang === "en" ? `New order ${part.number}` : `Đơn hàng mới ${part.number}`)
      await see(page.getByTestId("unread-count")).toBe(fill(t["notifications.unread"], { count: 1 }))
      expect(await item.locator("a").getAttribute("href")).toBe(localized(`/seller/orders/${part.id}`))
      await expectNoRawErrorText(page, lang)

      await item.getByRole("button", { name: t["notifications.mark_read"] }).click()
      await see(page.getByTestId("unread-count")).toBe(fill(t["notifications.unread"], { count: 0 }))
      await see(navLink).toBe(`${t["nav.notifications"]} (0)`)
      expect(await item.getAttribute("data-read")).toBe("yes")
      await expectNoRawErrorText(page, lang)
      await page.context().close()
    },
    SLOW,
  )

  it(
    "the buyer sees the shipment in the header, reads it, and turns that e-mail off",
    async () => {
      await shipPart(client, sellerToken, part.id, `VN${run}`)

      const page = await newPage()
      await signInCustomer(page, stack.storefrontUrl, lang, { email: BUYER.email, password: PASSWORD })
      // The shipment arrives through a subscriber: reload until the header counts it.
      const headerLink = page.locator(".header-nav a.notifications-link")
      await expect
        .poll(
          async () => {
            await page.reload()
            return (await headerLink.textContent())?.replace(/\s+/g, " ").trim()
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .toBe(`${t["nav.notifications"]} (1)`)
      await headerLink.click()
      await page.waitForURL(new RegExp(`${localized("/account/notifications")}$`))
      const item = page.locator('.notification-list li[data-kind="seller_order.shipped"]')
      await see(item).toContain(
        lang === "en" ? `Order ${part.number} has shipped` : `Đơn hàng ${part.number} đã được gửi đi`,
      )
      await expectNoRawErrorText(page, lang)

      await page.getByRole("button", { name: t["notifications.mark_all_read"] }).click()
      await see(page.locator(".notice.success")).toBe(t["notifications.all_read"])
      await see(headerLink).toBe(`${t["nav.notifications"]} (0)`)

      const shippedBox = page.getByLabel(notificationLabel("seller_order.shipped", lang))
      expect(await shippedBox.isChecked()).toBe(true)
      await shippedBox.uncheck()
      await page.getByRole("button", { name: t["notifications.save_preferences"] }).click()
      await see(page.locator(".notice.success")).toBe(t["notifications.preferences_saved"])
      await page.reload()
      expect(await page.getByLabel(notificationLabel("seller_order.shipped", lang)).isChecked()).toBe(false)
      const { preferences } = await client.call<{ preferences: { kind: string; email: boolean }[] }>(
        "GET",
        "/store/ocop/notifications/preferences",
        (
          await client.call<{ token: string }>("POST", "/auth/customer/emailpass", null, {
            email: BUYER.email,
            password: PASSWORD,
          })
        ).token,
      )
      expect(preferences.find((p) => p.kind === "seller_order.shipped")?.email).toBe(false)
      await expectNoRawErrorText(page, lang)
      await page.context().close()
    },
    SLOW,
  )
})
