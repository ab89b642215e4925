/**
 * The notification centre in a real browser, in Vietnamese and in English: a cooperative sees its
 * new order with the unread count in the portal's nav and marks it read; the buyer sees in the
 * header that the order has shipped, reads it, and turns that e-mail off. No raw error text.
 */
import { randomBytes } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchBrowser, type Browser, type Stack, backendClient, type BackendClient } from "@ocop/stack"
import { scoresForTotal } from "@ocop/plugin-ocop/rules"
import { notificationLabel } from "@ocop/reference"
import type { Page } from "playwright-core"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"
import { intlLocale, type Lang } from "../app/i18n"
import { see, openPage } from "./helpers"
import { expectNoRawErrorText } from "./raw-error-text"
import { sharedStack } from "./shared-stack"

const SLOW = 240_000
const PASSWORD = "mat-khau-thong-bao-1"
const RUN = Date.now().toString().slice(-7)
const ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Hàng Bạc",
  city: "Hà Nội",
  province: "Hà Nội",
  country_code: "vn",
  postal_code: "100000",
  phone: "0912345678",
}

describe.each(["vi", "en"] as Lang[])("notifications in a real browser (%s)", (lang) => {
  const t = lang === "en" ? en : vi
  const run = `${RUN}${lang === "en" ? 2 : 1}`
  const localized = (path: string) => (lang === "en" ? `/en${path}` : path)
  const SELLER = { email: `htx.tb.${run}@example.vn`, tax_code: `47${run}`, sku: `TB-${run}` }
  const BUYER = { email: `mua.tb.${run}@example.vn` }
  let stack: Stack
  let browser: Browser
  let call: BackendClient["call"]
  let sellerToken = ""
  let part = { id: "", number: "" }

  const url = (path: string) => `${stack.storefrontUrl}${localized(path)}`
  const fill = (template: string, params: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, key) => String(params[key]))

  async function newPage(): Promise<Page> {
    return (await openPage(browser, { locale: intlLocale(lang) })).page
  }

  beforeAll(async () => {
    process.env.SESSION_SECRET ??= randomBytes(32).toString("hex")
    stack = sharedStack()
    call = backendClient(stack).call
    browser = await launchBrowser()
    const admin = (await call<{ token: string }>("POST", "/auth/user/emailpass", null, stack.logins.admin)).token

    // A cooperative with a certified, published product.
    const registration = (
      await call<{ token: string }>("POST", "/auth/seller/emailpass/register", null, {
        email: SELLER.email,
        password: PASSWORD,
      })
    ).token
    const { seller } = await call<{ seller: { id: string } }>("POST", "/sellers", registration, {
      legal_name: "Hợp tác xã Mật ong Bạc Hà Đồng Văn",
      type: "cooperative",
      tax_code: SELLER.tax_code,
      email: SELLER.email,
      phone: "0912 345 678",
      address: { address_1: "Thị trấn Đồng Văn", province_code: "Tuyên Quang" },
      bank_account: { bank_name: "Agribank", account_number: "8300205654321", account_holder: "HTX MAT ONG DONG VAN" },
    })
    await call("POST", `/admin/sellers/${seller.id}/approve`, admin)
    sellerToken = (
      await call<{ token: string }>("POST", "/auth/seller/emailpass", null, { email: SELLER.email, password: PASSWORD })
    ).token
    const { product } = await call<{ product: { id: string; variants: { id: string }[] } }>(
      "POST",
      "/sellers/me/products",
      sellerToken,
      {
        title: "Mật ong bạc hà Đồng Văn",
        description: "Mật ong hoa bạc hà cao nguyên đá.",
        product_group: 1,
        variants: [{ title: "Chai 500 ml", sku: SELLER.sku, price_vnd: 280000, stock: 50 }],
      },
    )
    const { seller: detail } = await call<{ seller: { ocop_subject: { id: string } } }>(
      "GET",
      `/admin/sellers/${seller.id}`,
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
      decision_number: `${6000 + Number(run.slice(-3))}/QĐ-UBND`,
      decision_date: "2026-09-15",
      authority_level: "province",
      authority_name: "UBND tỉnh Tuyên Quang",
    })
    await call("POST", `/sellers/me/products/${product.id}/publish`, sellerToken)

    // A registered buyer orders it (cash on delivery), through the store API as the storefront does.
    const buyerRegistration = (
      await call<{ token: string }>("POST", "/auth/customer/emailpass/register", null, {
        email: BUYER.email,
        password: PASSWORD,
      })
    ).token
    await call("POST", "/store/customers", buyerRegistration, {
      email: BUYER.email,
      first_name: "Lan",
      last_name: "Nguyễn",
    })
    const buyer = (
      await call<{ token: string }>("POST", "/auth/customer/emailpass", null, {
        email: BUYER.email,
        password: PASSWORD,
      })
    ).token
    const { regions } = await call<{ regions: { id: string; currency_code: string }[] }>("GET", "/store/regions", null)
    const { cart } = await call<{ cart: { id: string } }>("POST", "/store/carts", buyer, {
      region_id: regions.find((r) => r.currency_code === "vnd")!.id,
      email: BUYER.email,
      items: [{ variant_id: product.variants[0].id, quantity: 1 }],
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
    })
    const { shipping_options } = await call<{ shipping_options: { id: string }[] }>(
      "GET",
      `/store/shipping-options?cart_id=${cart.id}`,
      buyer,
    )
    await call("POST", `/store/carts/${cart.id}/shipping-methods`, buyer, { option_id: shipping_options[0].id })
    const { payment_collection } = await call<{ payment_collection: { id: string } }>(
      "POST",
      "/store/payment-collections",
      buyer,
      { cart_id: cart.id },
    )
    await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, buyer, {
      provider_id: "pp_system_default",
    })
    const completed = await call<{ type: string }>("POST", `/store/carts/${cart.id}/complete`, buyer)
    expect(completed.type).toBe("order")
    // The order is split into the seller's part by a subscriber: wait for it.
    let orders: { id: string; number: string }[] = []
    for (let attempt = 0; attempt < 60 && !orders.length; attempt++) {
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 500))
      orders = (await call<{ orders: { id: string; number: string }[] }>("GET", "/sellers/me/orders", sellerToken))
        .orders
    }
    expect(orders).toHaveLength(1)
    part = { id: orders[0].id, number: orders[0].number }
  }, SLOW * 2)

  afterAll(async () => {
    await browser?.close()
  })

  it(
    "the cooperative sees its new order and the unread count in the portal, and marks it read",
    async () => {
      const page = await newPage()
      await page.goto(url("/seller/login"))
      await page.getByLabel(t["checkout.email"]).fill(SELLER.email)
      await page.getByLabel(t["account.password"]).fill(PASSWORD)
      await page.getByRole("button", { name: t["seller.sign_in"] }).click()
      await page.waitForURL(new RegExp(`${localized("/seller")}$`))
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
      await call("POST", `/sellers/me/orders/${part.id}/accept`, sellerToken)
      await call("POST", `/sellers/me/orders/${part.id}/ship`, sellerToken, { tracking_number: `VN${run}` })

      const page = await newPage()
      await page.goto(url("/account/login"))
      await page.getByLabel(t["checkout.email"]).fill(BUYER.email)
      await page.getByLabel(t["account.password"]).fill(PASSWORD)
      await page.getByRole("button", { name: t["account.sign_in"] }).click()
      await page.waitForURL(new RegExp(`${localized("/account")}$`))
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
      const { preferences } = await call<{ preferences: { kind: string; email: boolean }[] }>(
        "GET",
        "/store/ocop/notifications/preferences",
        (
          await call<{ token: string }>("POST", "/auth/customer/emailpass", null, {
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
