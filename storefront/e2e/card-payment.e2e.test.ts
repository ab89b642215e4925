/**
 * Card payment through Stripe, end to end in headless Chromium, offline: the backend runs with
 * Medusa's Stripe provider pointed at a local Stripe API (`startFakeStripe`, STRIPE_API_HOST), and
 * the browser, which cannot reach js.stripe.com here, gets a minimal Stripe.js (`stripeJsStub`)
 * that confirms the PaymentIntent at that API as Stripe.js would. Everything else is the real
 * stack: checkout, card step, return page, Medusa completing the cart after asking "Stripe".
 * Needs the BUILT storefront (`npx react-router build`).
 */
import { mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  backendClient,
  startFakeStripe,
  startStack,
  stripeJsStub,
  type BackendClient,
  type Browser,
  type FakeStripe,
  type Stack,
} from "@ocop/stack"
import { SHARED_SEED_PRODUCTS, sharedBrowser } from "./shared-stack"
import type { Page } from "playwright-core"
import { openPage, see } from "./helpers"
import { vi } from "../app/i18n/vi"

const shots = fileURLToPath(new URL("../test-results/", import.meta.url))
const PHONE = { width: 360, height: 780 }
const SLOW = 180_000

describe("card payment through Stripe in a real browser", () => {
  let stack: Stack
  let browser: Browser
  let fake: FakeStripe
  let client: BackendClient
  let handles: string[] = []

  const url = (path: string) => `${stack.storefrontUrl}${path}`

  /** A phone's page where Stripe.js is the local stub, or unreachable as it is offline. */
  async function newPage(options: { javaScriptEnabled?: boolean; stripeJs?: "stub" | "unreachable" } = {}) {
    const opened = await openPage(browser, { viewport: PHONE, javaScriptEnabled: options.javaScriptEnabled })
    await opened.context.route("https://js.stripe.com/**", (route) =>
      options.stripeJs === "stub"
        ? route.fulfill({ contentType: "application/javascript", body: stripeJsStub(fake.url) })
        : route.abort("internetdisconnected"),
    )
    return opened
  }

  /** One product in the cart, the checkout filled in, the given payment method chosen and submitted. */
  async function checkout(page: Page, payment: "card" | "cod", email: string) {
    const handle = handles.shift()!
    await page.goto(url(`/products/${handle}`))
    await page.getByLabel(vi["product.quantity"]).fill("2")
    await page.getByRole("button", { name: vi["cart.add"], exact: true }).click()
    await see(page.locator(".notice.success")).toMatch(vi["cart.added"].split(" (")[0])
    await page.goto(url("/checkout"))
    await page.getByLabel(vi["checkout.email"]).fill(email)
    await page.getByLabel(vi["address.full_name"]).fill("Lê Thị Hoa")
    await page.getByLabel(vi["address.phone"]).fill("0903 123 456")
    await page.getByLabel(vi["address.province"]).selectOption("Hà Nội")
    await page.getByLabel(vi["address.ward"]).fill("Phường Hoàn Kiếm")
    await page.getByLabel(vi["address.street"]).fill("Số 8 phố Hàng Bạc")
    // Cash on delivery stays the default; the card is offered next to it.
    expect(await page.getByLabel(vi["payment.cod"]).isChecked()).toBe(true)
    expect(await page.getByLabel(vi["payment.stripe"]).isChecked()).toBe(false)
    if (payment === "card") await page.getByLabel(vi["payment.stripe"]).check()
    await page.getByRole("button", { name: vi["checkout.place_order"], exact: true }).click()
  }

  async function cartCount(page: Page) {
    return Number(((await page.locator(".cart-count").textContent()) ?? "").replace(/\D/g, ""))
  }

  async function adminOrders(email: string) {
    const { orders } = await client.admin<{
      orders: { id: string; email: string; total: number; payment_status: string }[]
    }>("GET", `/admin/orders?limit=100&fields=id,email,total,payment_status&q=${encodeURIComponent(email)}`)
    return orders.filter((order) => order.email === email)
  }

  /** The last PaymentIntent the backend created at "Stripe". */
  const lastIntent = () => [...fake.intents.values()].at(-1)!

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    fake = await startFakeStripe()
    // The stack's backend and storefront inherit these: Stripe on, pointed at the local API.
    Object.assign(process.env, {
      STRIPE_API_KEY: "sk_test_ocop_e2e",
      STRIPE_WEBHOOK_SECRET: "whsec_ocop_e2e",
      STRIPE_API_HOST: fake.host,
      STRIPE_PUBLISHABLE_KEY: "pk_test_ocop_e2e",
    })
    stack = await startStack({ mode: "test", quiet: true, seedProducts: SHARED_SEED_PRODUCTS })
    client = backendClient(stack)
    browser = await sharedBrowser()
    const { products } = await client.call<{
      products: { handle: string; variants: { inventory_quantity: number }[] }[]
    }>("GET", "/store/products?limit=12&fields=handle,variants.id,%2Bvariants.inventory_quantity", null)
    handles = products
      .filter((p) => p.variants.length && p.variants.every((v) => v.inventory_quantity >= 5))
      .map((p) => p.handle)
    expect(handles.length).toBeGreaterThanOrEqual(3)
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
    await fake?.close()
  })

  it(
    "pays by card: a declined card leaves the cart as it was, another card places one paid order",
    async () => {
      const { context, page } = await newPage({ stripeJs: "stub" })
      const email = `the.${Date.now()}@example.vn`
      await checkout(page, "card", email)
      await page.waitForURL(/\/checkout\/pay$/)
      await see(page.getByRole("heading", { level: 1 })).toBe(vi["pay.title"])

      // The PaymentIntent is for the cart total in đồng, as is (zero-decimal).
      const total = Number(((await page.locator("dd.grand").textContent()) ?? "").replace(/\D/g, ""))
      expect(total).toBeGreaterThan(10_000)
      const intent = lastIntent()
      expect(intent).toMatchObject({ amount: total, currency: "vnd", status: "requires_payment_method" })

      const cardField = page.getByLabel("Card number")
      await cardField.fill("4000 0000 0000 0002")
      await page.screenshot({ path: `${shots}card-step.png`, fullPage: true })
      await page.getByRole("button", { name: vi["pay.submit"] }).click()
      await see(page.locator(".pay-form .field-error")).toMatch("Your card was declined.")
      expect(page.url()).toMatch(/\/checkout\/pay$/)
      expect(await cartCount(page)).toBe(2)
      expect(await adminOrders(email)).toEqual([])

      await cardField.fill("4242 4242 4242 4242")
      await page.getByRole("button", { name: vi["pay.submit"] }).click()
      await page.waitForURL(/\/orders\/order_/, { timeout: 60_000 })
      await see(page.getByRole("heading", { level: 1 })).toBe(vi["order.thanks"])
      await see(page.locator(".order-page .notice.success")).toMatch(vi["order.card_paid"])
      expect(await cartCount(page)).toBe(0)
      const orderUrl = page.url()
      expect(lastIntent()).toMatchObject({ id: intent.id, status: "succeeded", amount_received: total })

      // Back to the return page (reload, back button): the same order, never a second one.
      await page.goto(url(`/checkout/return?payment_intent=${intent.id}`))
      await page.waitForURL(orderUrl)
      const orders = await adminOrders(email)
      expect(orders).toHaveLength(1)
      expect(orders[0]).toMatchObject({ total, payment_status: "captured" })
      await context.close()
    },
    SLOW,
  )

  it(
    "when Stripe.js cannot load, says so, and cash on delivery still places the order",
    async () => {
      const { context, page } = await newPage({ stripeJs: "unreachable" })
      const email = `offline.${Date.now()}@example.vn`
      await checkout(page, "card", email)
      await page.waitForURL(/\/checkout\/pay$/)
      await see(page.locator(".pay-form .notice.error")).toBe(vi["pay.unavailable"])
      expect(await page.getByRole("button", { name: vi["pay.submit"] }).count()).toBe(0)

      // Coming back without paying: nothing is placed, the cart is intact.
      await page.goto(url("/checkout/return"))
      await page.waitForURL(/\/checkout$/)
      await see(page.locator(".notice.error")).toBe(vi["error.payment.not_completed"])
      expect(await cartCount(page)).toBe(2)
      expect(await adminOrders(email)).toEqual([])

      // The checkout remembers the address and delivery; cash on delivery is chosen again.
      expect(await page.getByLabel(vi["payment.cod"]).isChecked()).toBe(true)
      await page.getByRole("button", { name: vi["checkout.place_order"], exact: true }).click()
      await page.waitForURL(/\/orders\/order_/, { timeout: 60_000 })
      await see(page.locator(".order-page")).toMatch(vi["order.cod_pay"])
      expect(await adminOrders(email)).toHaveLength(1)
      await context.close()
    },
    SLOW,
  )

  it(
    "without JavaScript: the card step explains it needs JavaScript and links back",
    async () => {
      const { context, page } = await newPage({ javaScriptEnabled: false })
      await checkout(page, "card", `nojs.card.${Date.now()}@example.vn`)
      await page.waitForURL(/\/checkout\/pay$/)
      await see(page.locator(".pay-form")).toMatch(vi["pay.needs_js"])
      expect(await page.getByRole("button", { name: vi["pay.submit"] }).isDisabled()).toBe(true)
      await page.getByRole("link", { name: vi["pay.change_method"] }).click()
      await page.waitForURL(/\/checkout$/)
      await context.close()
    },
    SLOW,
  )
})
