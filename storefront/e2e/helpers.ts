import type { Browser, BrowserContext, Locator, Page } from "playwright-core"
import { expect } from "vitest"
import { backendClient, type Stack } from "@ocop/stack"
import { scoresForTotal } from "@ocop/plugin-ocop/rules"

/**
 * The text of the first element the locator finds, white space folded, polled until the assertion
 * chained on it holds (a page settles after navigation and hydration):
 *   await see(page.locator("h1")).toContain("Mật ong")
 */
export const see = (locator: Locator) =>
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

/**
 * A page in a fresh browser context (its own cookies): the viewport, the browser's language, with
 * or without JavaScript, a longer default timeout than Playwright's for a loaded machine, and page
 * errors written to the test's output.
 */
export async function openPage(
  browser: Browser,
  options: {
    locale?: string
    javaScriptEnabled?: boolean
    viewport?: { width: number; height: number }
    timeout?: number
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1024, height: 900 },
    locale: options.locale ?? "vi-VN",
    javaScriptEnabled: options.javaScriptEnabled,
  })
  const page = await context.newPage()
  page.setDefaultTimeout(options.timeout ?? 20_000)
  page.on("pageerror", (error) => console.error("page error:", error.message))
  return { context, page }
}

/** The stack's address and keys, as the set-up helpers below call its API. */
type StackApi = Pick<Stack, "backendUrl" | "publishableKey" | "logins">

/**
 * The operator signed in to Medusa's admin (at /app) with its language setting (Medusa keeps it in
 * the `lng` cookie, as its profile's language setting does).
 */
export async function signInToAdmin(page: Page, stack: StackApi, lang: "vi" | "en") {
  await page.context().addCookies([{ name: "lng", value: lang, url: stack.backendUrl }])
  await page.goto(`${stack.backendUrl}/app/login`)
  await page.locator('input[name="email"]').fill(stack.logins.admin.email)
  await page.locator('input[name="password"]').fill(stack.logins.admin.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((address) => !address.pathname.endsWith("/login"), { timeout: 60_000 })
}

/**
 * An approved cooperative of Lào Cai selling one certified, published product (seller and admin
 * API): its seller token, the product's handle and its variant.
 */
export async function cooperativeWithProduct(
  stack: StackApi,
  options: { email: string; password: string; legal_name: string; tax_code: string; product: string; sku: string },
) {
  const { call, admin } = backendClient(stack)
  const { token: registration } = await call<{ token: string }>("POST", "/auth/seller/emailpass/register", null, {
    email: options.email,
    password: options.password,
  })
  const { seller } = await call<{ seller: { id: string } }>("POST", "/sellers", registration, {
    legal_name: options.legal_name,
    type: "cooperative",
    tax_code: options.tax_code,
    email: options.email,
    phone: "0912 345 678",
    address: { address_1: "Thôn Bản Phố, xã Bản Phố", province_code: "Lào Cai" },
    bank_account: { bank_name: "Agribank Lào Cai", account_number: `39${options.tax_code}`, account_holder: "HTX" },
  })
  await admin("POST", `/admin/sellers/${seller.id}/approve`)
  const { token } = await call<{ token: string }>("POST", "/auth/seller/emailpass", null, {
    email: options.email,
    password: options.password,
  })
  const { product } = await call<{ product: { id: string; handle: string; variants: { id: string }[] } }>(
    "POST",
    "/sellers/me/products",
    token,
    {
      title: options.product,
      description: "Sản phẩm OCOP của hợp tác xã, làm theo cách truyền thống.",
      product_group: 1,
      images: [{ url: "https://example.vn/anh/san-pham.jpg" }],
      variants: [{ title: "Hũ 500 g", sku: options.sku, price_vnd: 250_000, stock: 50 }],
    },
  )
  const { seller: withSubject } = await admin<{ seller: { ocop_subject: { id: string } } }>(
    "GET",
    `/admin/sellers/${seller.id}`,
  )
  await admin("POST", "/admin/ocop/certificates", {
    evaluation: {
      subject_id: withSubject.ocop_subject.id,
      product_id: product.id,
      product_group: 1,
      subgroup: "Thực phẩm tươi sống",
      scores: scoresForTotal(80),
      mandatory_unmet: [],
      council: "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Lào Cai",
      evaluated_at: "2026-09-01",
    },
    decision_number: `${options.tax_code.slice(-4)}/QĐ-UBND`,
    decision_date: "2026-09-15",
    authority_level: "province",
    authority_name: "UBND tỉnh Lào Cai",
  })
  await call("POST", `/sellers/me/products/${product.id}/publish`, token)
  return {
    sellerId: seller.id,
    token,
    productId: product.id,
    handle: product.handle,
    variantId: product.variants[0].id,
  }
}

/** A customer account (store API), signed in: its token. */
export async function customerAccount(
  stack: StackApi,
  options: { email: string; password: string; first_name: string; last_name: string },
) {
  const { call } = backendClient(stack)
  const { token: registration } = await call<{ token: string }>("POST", "/auth/customer/emailpass/register", null, {
    email: options.email,
    password: options.password,
  })
  await call("POST", "/store/customers", registration, {
    email: options.email,
    first_name: options.first_name,
    last_name: options.last_name,
  })
  const { token } = await call<{ token: string }>("POST", "/auth/customer/emailpass", null, {
    email: options.email,
    password: options.password,
  })
  return token
}

/**
 * A signed-in buyer's cash-on-delivery order of one variant (store API), accepted, shipped and
 * delivered by its cooperative (seller API): the order, its line and the cooperative's part.
 */
export async function deliveredOrder(
  stack: StackApi,
  options: { buyerToken: string; email: string; variantId: string; quantity: number; sellerToken: string },
) {
  const { call } = backendClient(stack)
  const { regions } = await call<{ regions: { id: string; currency_code: string }[] }>("GET", "/store/regions", null)
  const address = {
    first_name: "Lan",
    last_name: "Nguyễn",
    address_1: "12 Hàng Bạc",
    city: "Hà Nội",
    province: "Hà Nội",
    country_code: "vn",
    postal_code: "100000",
    phone: "0912345678",
  }
  const { cart } = await call<{ cart: { id: string } }>("POST", "/store/carts", options.buyerToken, {
    region_id: regions.find((region) => region.currency_code === "vnd")!.id,
    email: options.email,
    items: [{ variant_id: options.variantId, quantity: options.quantity }],
    shipping_address: address,
    billing_address: address,
  })
  const { shipping_options } = await call<{ shipping_options: { id: string }[] }>(
    "GET",
    `/store/shipping-options?cart_id=${cart.id}`,
    options.buyerToken,
  )
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, options.buyerToken, {
    option_id: shipping_options[0].id,
  })
  const { payment_collection } = await call<{ payment_collection: { id: string } }>(
    "POST",
    "/store/payment-collections",
    options.buyerToken,
    { cart_id: cart.id },
  )
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, options.buyerToken, {
    provider_id: "pp_system_default",
  })
  const { order } = await call<{ order: { id: string; items: { id: string }[] } }>(
    "POST",
    `/store/carts/${cart.id}/complete`,
    options.buyerToken,
  )
  const lineIds = new Set(order.items.map((item) => item.id))
  let part: { id: string; number: string } | undefined
  for (let attempt = 0; attempt < 50 && !part; attempt++) {
    const { orders } = await call<{ orders: { id: string; number: string; items: { id: string }[] }[] }>(
      "GET",
      "/sellers/me/orders?limit=100",
      options.sellerToken,
    )
    part = orders.find((o) => o.items.some((item) => lineIds.has(item.id)))
    if (!part) await new Promise((resolve) => setTimeout(resolve, 200))
  }
  if (!part) throw new Error(`no part of order ${order.id} reached its cooperative`)
  await call("POST", `/sellers/me/orders/${part.id}/accept`, options.sellerToken, {})
  await call("POST", `/sellers/me/orders/${part.id}/ship`, options.sellerToken, { tracking_number: `VNP${Date.now()}` })
  await call("POST", `/sellers/me/orders/${part.id}/deliver`, options.sellerToken, {})
  return { orderId: order.id, lineId: order.items[0].id, part }
}

/** The buyer signed in on the storefront, in its language (`prefix` "" or "/en"). */
export async function signInBuyer(
  page: Page,
  stack: Pick<Stack, "storefrontUrl">,
  labels: { email: string; password: string; submit: string },
  options: { prefix: string; email: string; password: string },
) {
  await page.goto(`${stack.storefrontUrl}${options.prefix}/account/login`)
  await page.getByLabel(labels.email).fill(options.email)
  await page.getByLabel(labels.password).fill(options.password)
  await page.getByRole("button", { name: labels.submit }).click()
  await page.waitForURL(/\/account$/)
}
