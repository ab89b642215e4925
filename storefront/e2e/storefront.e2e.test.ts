/**
 * The consumer storefront end to end, in headless Chromium against a throw-away stack (PostgreSQL,
 * migrated and seeded backend, the BUILT storefront: run `npx react-router build` first).
 * One stack for the whole file; every scenario uses its own browser context (own cookies).
 */
import { mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendClient, type BackendClient, type Browser, type Stack } from "@ocop/stack"
import { openPage, see } from "./helpers"
import { sharedBrowser, sharedStack } from "./shared-stack"
import { approvedSeller, certifiedProduct, registerInBrowser, registeredCustomer } from "./setup"
import type { Page } from "playwright-core"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"

const shots = fileURLToPath(new URL("../test-results/", import.meta.url))
const PHONE = { width: 360, height: 780 }
const PRICE_VI = /^\d{1,3}(\.\d{3})*\s₫$/
const SLOW = 180_000
const RUN = Date.now().toString().slice(-8)

type StoreProduct = {
  id: string
  handle: string
  title: string
  metadata: Record<string, unknown>
  variants: {
    id: string
    inventory_quantity: number
    manage_inventory: boolean
    metadata?: Record<string, unknown> | null
  }[]
}

describe("consumer storefront in a real browser", () => {
  let stack: Stack
  let browser: Browser
  let products: StoreProduct[] = []
  const used = new Set<string>()

  /** A product with stock to spare that no other scenario has touched. */
  function freshProduct(minStock = 5, filter: (p: StoreProduct) => boolean = () => true) {
    const product = products.find(
      (p) =>
        !used.has(p.id) && p.variants.length && p.variants.every((v) => v.inventory_quantity >= minStock) && filter(p),
    )
    if (!product) throw new Error("no unused product with stock left in the seed")
    used.add(product.id)
    return product
  }

  let client: BackendClient
  const store = <T>(path: string) => client.call<T>("GET", path, null)
  const admin = <T>(method: string, path: string, body?: unknown) => client.admin<T>(method, path, body)

  const url = (path: string) => `${stack.storefrontUrl}${path}`

  const newPage = (options: { javaScriptEnabled?: boolean } = {}) => openPage(browser, { viewport: PHONE, ...options })

  async function addFromProductPage(page: Page, handle: string, quantity: number, lang: "vi" | "en" = "vi") {
    const t = lang === "en" ? en : vi
    await page.goto(url(`${lang === "en" ? "/en" : ""}/products/${handle}`))
    await page.getByLabel(t["product.quantity"]).fill(String(quantity))
    await page.getByRole("button", { name: t["cart.add"], exact: true }).click()
    await see(page.locator(".notice.success")).toMatch(t["cart.added"].split(" (")[0])
  }

  async function fillAddress(
    page: Page,
    lang: "vi" | "en",
    values: { name?: string; phone?: string; province?: string; ward?: string; street?: string } = {},
  ) {
    const t = lang === "en" ? en : vi
    await page.getByLabel(t["address.full_name"]).fill(values.name ?? "Nguyễn Văn An")
    await page.getByLabel(t["address.phone"]).fill(values.phone ?? "0912 345 678")
    await page.getByLabel(t["address.province"]).selectOption(values.province ?? "Lâm Đồng")
    await page.getByLabel(t["address.ward"]).fill(values.ward ?? "Phường Xuân Hương - Đà Lạt")
    await page.getByLabel(t["address.street"]).fill(values.street ?? "Số 12 đường Trần Phú")
  }

  async function cartCount(page: Page) {
    const text = (await page.locator(".cart-count").textContent()) ?? ""
    return Number(text.replace(/\D/g, ""))
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    stack = sharedStack()
    client = backendClient(stack)
    browser = await sharedBrowser()
    const region = (await store<{ regions: { id: string; currency_code: string }[] }>("/store/regions")).regions.find(
      (r) => r.currency_code === "vnd",
    )!
    products = (
      await store<{ products: StoreProduct[] }>(
        `/store/products?limit=100&region_id=${region.id}&fields=id,handle,title,metadata,variants.id,variants.metadata,variants.manage_inventory,%2Bvariants.inventory_quantity`,
      )
    ).products
      // The seed's products (its producers'): the products other files list meanwhile are theirs.
      .filter((p) => p.metadata?.producer_key)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it(
    "home page: certified products with stars and VND prices, cacheable for anonymous buyers",
    async () => {
      const { context, page } = await newPage()
      const response = await page.goto(url("/"))
      expect(response?.status()).toBe(200)
      expect(response?.headers()["cache-control"]).toMatch(/^public, max-age=\d+.*stale-while-revalidate=\d+/)
      await expect(page.title()).resolves.toContain("OCOP")
      expect(await page.getAttribute("html", "lang")).toBe("vi")
      await see(page.getByRole("heading", { level: 1 })).toBe(vi["home.heading"])
      const prices = await page.locator(".product-card .price").allTextContents()
      expect(prices.length).toBeGreaterThan(0)
      for (const price of prices) expect(price.split(" · ")[0].trim()).toMatch(PRICE_VI)
      expect(await page.locator(".product-card .ocop-stars").count()).toBeGreaterThan(0)
      await page
        .getByRole("link", { name: /Hà Nội/ })
        .first()
        .first()
        .waitFor()
      await page.screenshot({ path: `${shots}home.png` })
      await page.screenshot({ path: `${shots}home-full.png`, fullPage: true })
      await context.close()
    },
    SLOW,
  )

  it(
    "browses by province and stars, opens a product with its certificate, and checks the certificate",
    async () => {
      const { context, page } = await newPage()
      await page.goto(url("/"))
      await page
        .locator("#by-province ~ ul")
        .getByRole("link", { name: /Hà Nội/ })
        .click()
      await page.waitForURL(/\/provinces\/ha-noi$/)
      await see(page.getByRole("heading", { level: 1 })).toBe("Sản phẩm OCOP Hà Nội")

      // Filters are a GET form: the state ends up in the URL. On a phone they start closed.
      expect(await page.locator("details.filters").evaluate((details) => (details as HTMLDetailsElement).open)).toBe(
        false,
      )
      await page.locator(".filters summary").click()
      await page.getByLabel(vi["filter.stars"]).selectOption("4")
      await page.getByLabel(vi["sort.label"]).selectOption("price_asc")
      await page.getByRole("button", { name: vi["filter.apply"] }).click()
      await page.waitForURL(/stars=4/)
      expect(new URL(page.url()).searchParams.get("sort")).toBe("price_asc")
      const cards = page.locator(".product-card")
      // The URL changes before React renders the new page (the router commits
      // the location inside a transition), so wait for the filtered cards.
      const starsShown = async () =>
        (await cards.locator(".ocop-stars .star-text").allTextContents()).map((t) => Number(t.replace(/\D/g, "")))
      await expect
        .poll(
          async () => {
            const stars = await starsShown()
            return stars.length > 0 && stars.every((n) => n >= 4)
          },
          { timeout: 15_000 },
        )
        .toBe(true)
      const cardPrices = (await cards.locator(".price").allTextContents()).map((p) =>
        Number(p.split(" · ")[0].replace(/\D/g, "")),
      )
      expect(cardPrices).toEqual([...cardPrices].sort((a, b) => a - b))

      const title = (await cards.first().locator(".card-title").textContent())!
      await cards.first().locator(".card-link").click()
      await page.waitForURL(/\/products\//)
      await see(page.getByRole("heading", { level: 1 })).toBe(title)
      await see(page.locator(".summary .ocop-stars").first()).toMatch(/OCOP [45] sao/)
      const certificate = page.locator(".certificate")
      await see(certificate).toMatch(vi["cert.authority"])
      await see(certificate).toMatch(/\d+\/QĐ-/)
      await see(certificate).toMatch(vi["cert.valid_until"])
      await see(page.locator(".facts")).toMatch(vi["product.producer"])
      await see(page.locator(".facts")).toMatch("Hà Nội")

      // SEO: canonical URL, description and Product JSON-LD with a VND offer.
      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href")
      expect(canonical).toBe(page.url())
      expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy()
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
      expect(jsonLd).toMatchObject({ "@type": "Product", name: title })
      expect(jsonLd.offers.priceCurrency).toBe("VND")
      expect(jsonLd.manufacturer.name).toBeTruthy()
      await page.screenshot({ path: `${shots}product.png` })
      await page.screenshot({ path: `${shots}product-full.png`, fullPage: true })

      await certificate.getByRole("link", { name: vi["cert.verify_link"] }).click()
      await page.waitForURL(/\/ocop\/verify\?decision_number=/)
      await see(page.locator(".certificate h2")).toBe(vi["ocop.verify.valid"])
      await see(page.locator(".certificate")).toMatch(title)

      await page.goto(url("/ocop/verify?decision_number=99999%2FQĐ-UBND"))
      await see(page.locator(".notice.error")).toMatch("99999/QĐ-UBND")
      await page.goto(url("/ocop"))
      await see(page.locator(".star-table")).toMatch("90–100")
      await context.close()
    },
    SLOW,
  )

  it(
    "searches without diacritics and with a typo, with suggestions as you type, then filters by stars",
    async () => {
      const { context, page } = await newPage()
      await page.goto(url("/"))
      const box = page.locator("#site-search")
      await box.pressSequentially("bat trang", { delay: 30 })
      // Suggestions come from the search engine, in the browser's own list.
      await expect
        .poll(() => page.locator("#site-search-suggestions option").count(), { timeout: 15_000 })
        .toBeGreaterThan(0)
      expect(await page.locator("#site-search-suggestions option").first().getAttribute("value")).toMatch(/Bát Tràng/)
      await box.press("Enter")
      await page.waitForURL(/\/products\?q=bat\+trang/)
      const cards = page.locator(".product-card")
      await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThan(0)
      for (const title of await cards.locator(".card-title").allTextContents()) expect(title).toMatch(/Bát Tràng/)
      // The matched words are marked in the titles.
      expect((await cards.first().locator(".card-title mark").allTextContents()).join(" ")).toMatch(/Bát|Tràng/)

      // Filter the results by stars: the query stays, every card has 4 stars or more. (On a
      // phone the filters start closed, below them the results come first, even with a search.)
      const filters = page.locator("details.filters")
      expect(await filters.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false)
      await filters.locator("summary").click()
      await page.getByLabel(vi["filter.stars"]).selectOption("4")
      await page.getByRole("button", { name: vi["filter.apply"] }).click()
      await page.waitForURL(/stars=4/)
      expect(new URL(page.url()).searchParams.get("q")).toBe("bat trang")
      await expect
        .poll(
          async () => {
            const stars = (await cards.locator(".ocop-stars .star-text").allTextContents()).map((t) =>
              Number(t.replace(/\D/g, "")),
            )
            return stars.length > 0 && stars.every((n) => n >= 4)
          },
          { timeout: 15_000 },
        )
        .toBe(true)
      for (const title of await cards.locator(".card-title").allTextContents()) expect(title).toMatch(/Bát Tràng/)

      // A typo is forgiven, and the right spelling is offered.
      await page.goto(url("/products?q=son+maii"))
      expect(await cards.count()).toBeGreaterThan(0)
      for (const title of await cards.locator(".card-title").allTextContents()) expect(title).toMatch(/sơn mài/i)
      await see(page.locator(".did-you-mean")).toMatch(/Có phải bạn muốn tìm sơn mài/i)
      await context.close()

      // Without JavaScript the box is a plain form to the same results.
      const plain = await newPage({ javaScriptEnabled: false })
      await plain.page.goto(url("/"))
      await plain.page.locator("#site-search").fill("bat trang")
      await plain.page.locator("#site-search").press("Enter")
      await plain.page.waitForURL(/\/products\?q=bat\+trang/)
      expect(await plain.page.locator(".product-card").count()).toBeGreaterThan(0)
      // One place holds the keywords: the header shows them, and filtering keeps them.
      expect(await plain.page.locator("#site-search").inputValue()).toBe("bat trang")
      await plain.page.locator("details.filters summary").click()
      await plain.page.locator("#filter-sort").selectOption("price_asc")
      await plain.page.locator(".filter-form button[type=submit]").click()
      await plain.page.waitForURL(/sort=price_asc/)
      expect(new URL(plain.page.url()).searchParams.get("q")).toBe("bat trang")
      expect(await plain.page.locator("#site-search").inputValue()).toBe("bat trang")
      await plain.context.close()
    },
    SLOW,
  )

  it(
    "adds to cart, checks out with cash on delivery, and sees the order in the account",
    async () => {
      const { context, page } = await newPage()
      const email = `an.${Date.now()}@example.vn`
      await page.goto(url("/account/register"))
      await page.getByLabel(vi["address.full_name"]).fill("Nguyễn Văn An")
      await page.getByLabel(vi["checkout.email"]).fill(email)
      await page.getByLabel(vi["account.phone_optional"]).fill("0912345678")
      await page.getByLabel(vi["account.password"]).fill("mat-khau-an-toan")
      await page.getByRole("button", { name: vi["account.register"] }).click()
      await page.waitForURL(/\/account$/)
      await see(page.locator(".notice.success")).toMatch(vi["account.registered"])
      await see(page.locator(".header-nav")).toMatch("Chào, An")

      const product = freshProduct()
      await addFromProductPage(page, product.handle, 2)
      expect(await cartCount(page)).toBe(2)
      await page.goto(url("/cart"))
      expect((await page.goto(url("/cart")))?.headers()["cache-control"]).toBe("private, no-store")
      await expect.poll(() => page.locator(".cart-line").count()).toBe(1)
      await page.getByRole("link", { name: vi["cart.checkout"] }).click()
      await page.waitForURL(/\/checkout$/)
      await see(page.locator(".signed-in")).toMatch(email)
      await fillAddress(page, "vi")
      await page.getByLabel(new RegExp(vi["shipping.standard"])).check()
      expect(await page.getByLabel(new RegExp(vi["payment.cod"].replace(/[()]/g, "."))).isChecked()).toBe(true)
      await page.getByLabel(vi["checkout.save_address"]).check()
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: `${shots}checkout.png` })
      await page.screenshot({ path: `${shots}checkout-full.png`, fullPage: true })
      await page.getByRole("button", { name: vi["checkout.place_order"], exact: true }).click()
      await page.waitForURL(/\/orders\/order_/, { timeout: 60_000 })
      await see(page.getByRole("heading", { level: 1 })).toBe(vi["order.thanks"])
      const orderNumber = (await page.getByTestId("order-number").textContent())!
      expect(orderNumber).toMatch(/^#\d+$/)
      await see(page.locator(".order-page")).toMatch(vi["order.cod_pay"])
      await see(page.locator(".order-page")).toMatch("0912 345 678")
      expect(await cartCount(page)).toBe(0)

      await page.goto(url("/account/orders"))
      await see(page.locator(".order-list")).toMatch(`${vi["order.number"]} ${orderNumber}`)
      await page.goto(url("/account/addresses"))
      await see(page.locator(".address-list")).toMatch("Số 12 đường Trần Phú")

      // The session cookie is encrypted: no backend token (a JWT, "eyJ…") can be read from it.
      const signedIn = (await context.cookies()).find((cookie) => cookie.name === "ocop_session")!
      expect(signedIn.httpOnly).toBe(true)
      expect(signedIn.sameSite).toBe("Lax")
      const layers = [signedIn.value, decodeURIComponent(signedIn.value)]
      for (const layer of [...layers]) {
        for (const encoding of ["base64", "base64url"] as const)
          layers.push(Buffer.from(layer, encoding).toString("latin1"))
      }
      for (const layer of [...layers]) layers.push(Buffer.from(layer, "base64url").toString("latin1"))
      for (const layer of layers) expect(layer).not.toMatch(/eyJ[\w-]{10,}\.eyJ/)

      // Sign out is a POST; afterwards the account is closed again.
      await page.goto(url("/account"))
      await page.getByRole("button", { name: vi["account.sign_out"] }).click()
      await page.waitForURL(url("/"))
      await page.goto(url("/account"))
      await page.waitForURL(/\/account\/login\?next=/)
      await context.close()

      // A copy of the signed-in cookie, replayed after sign-out, opens nothing: the token was ended.
      const replay = await newPage()
      await replay.context.addCookies([signedIn])
      await replay.page.goto(url("/account/orders"))
      await replay.page.waitForURL(/\/account\/login\?next=/)
      await replay.context.close()
    },
    SLOW,
  )

  it(
    "works the same in English under /en: names, prices, checkout and confirmation",
    async () => {
      const { context, page } = await newPage()
      await page.goto(url("/products/" + products[0].handle))
      await page.getByRole("link", { name: "English" }).click()
      await page.waitForURL(/\/en\/products\//)
      await expect.poll(() => page.getAttribute("html", "lang")).toBe("en")
      await see(page.getByRole("heading", { level: 1 })).toBe(String(products[0].metadata.title_en))

      await page.goto(url("/en/provinces/ha-noi?stars=4"))
      await see(page.getByRole("heading", { level: 1 })).toBe("OCOP products of Hanoi")
      const firstPrice = (await page.locator(".product-card .price").first().textContent())!
      expect(firstPrice.split(" · ")[0].trim()).toMatch(/^₫\d{1,3}(,\d{3})*$/)

      const product = freshProduct(5, (p) => Boolean(p.metadata.title_en))
      await addFromProductPage(page, product.handle, 1, "en")
      await see(page.getByRole("heading", { level: 1 })).toBe(String(product.metadata.title_en))
      // One item is "1 item"; the variant is named in English where the catalogue has the name.
      await see(page.locator(".notice.success")).toBe("Added to your cart (1 item).")
      const variantNames = product.variants.map((v) => v.metadata?.title_en).filter(Boolean)
      if (variantNames.length === product.variants.length && product.variants.length > 1)
        expect((await page.locator(".variant-title").allTextContents()).sort()).toEqual(variantNames.map(String).sort())
      await page.goto(url("/en/checkout"))
      await see(page.getByRole("heading", { level: 1 })).toBe(en["checkout.title"])
      await page.getByLabel(en["checkout.email"]).fill(`export.${Date.now()}@example.com`)
      await fillAddress(page, "en", { name: "John Smith", phone: "+84 987 654 321", province: "Hồ Chí Minh" })
      await page.getByLabel(new RegExp(en["shipping.pickup"])).check()
      await page.getByRole("button", { name: en["checkout.place_order"], exact: true }).click()
      await page.waitForURL(/\/en\/orders\/order_/, { timeout: 60_000 })
      await see(page.getByRole("heading", { level: 1 })).toBe(en["order.thanks"])
      await see(page.locator(".order-page")).toMatch(String(product.metadata.title_en).split(" ")[0])
      await see(page.locator(".order-page")).toMatch(en["order.cod_pay"])
      // The delivery method in English, not the name the order was placed with.
      await see(page.locator(".order-page")).toMatch(en["shipping.pickup"])
      expect(await page.locator(".order-page").textContent()).not.toMatch(/Nhận tại|Giao hàng/)
      await context.close()
    },
    SLOW,
  )

  it(
    "without JavaScript: adds from a listing, changes the quantity and checks out with COD",
    async () => {
      const { context, page } = await newPage({ javaScriptEnabled: false })
      const product = freshProduct(5)
      await page.goto(url(`/products?q=${encodeURIComponent(product.title)}`))
      const card = page.locator(".product-card", {
        has: page.getByRole("heading", { name: product.title, exact: true }),
      })
      await card.getByRole("button", { name: new RegExp(vi["cart.add"]) }).click()
      await page.waitForURL(/\/products\?q=/)
      await see(page.locator(".notice.success")).toMatch("Đã thêm vào giỏ hàng")
      expect(await cartCount(page)).toBe(1)

      await page.goto(url("/cart"))
      await page.getByLabel(vi["product.quantity"]).fill("2")
      await page.getByRole("button", { name: new RegExp(vi["cart.update"]) }).click()
      await see(page.locator(".notice.success")).toMatch(vi["cart.updated"])
      expect(await cartCount(page)).toBe(2)

      await page.getByRole("link", { name: vi["cart.checkout"] }).click()
      await page.getByLabel(vi["checkout.email"]).fill(`nojs.${Date.now()}@example.vn`)
      await fillAddress(page, "vi", {
        province: "Cần Thơ",
        ward: "Phường Ninh Kiều",
        street: "Số 5 đường Hai Bà Trưng",
      })
      await page.getByRole("button", { name: vi["checkout.place_order"], exact: true }).click()
      await page.waitForURL(/\/orders\/order_/, { timeout: 60_000 })
      await see(page.getByRole("heading", { level: 1 })).toBe(vi["order.thanks"])
      await see(page.locator(".summary-lines")).toMatch(`× 2`)
      // The guest's private link shows the order in another browser; the order's address alone does not
      const secretLink = await page.getByTestId("order-secret-link").getAttribute("href")
      const orderUrl = page.url()
      await context.close()
      const elsewhere = await newPage({ javaScriptEnabled: false })
      expect((await elsewhere.page.goto(orderUrl))?.status()).toBe(404)
      expect((await elsewhere.page.goto(secretLink!))?.status()).toBe(200)
      await see(elsewhere.page.getByRole("heading", { level: 1 })).toBe(vi["order.thanks"])
      await see(elsewhere.page.locator(".summary-lines")).toMatch(`× 2`)
      await elsewhere.context.close()
    },
    SLOW,
  )

  it(
    "submitting the checkout twice makes one order",
    async () => {
      const { context, page } = await newPage({ javaScriptEnabled: false })
      const email = `twice.${Date.now()}@example.vn`
      const product = freshProduct(5)
      await addFromProductPage(page, product.handle, 1)
      await page.goto(url("/checkout"))
      const shippingOption = await page.locator('input[name="shipping_option"]').first().getAttribute("value")
      const form = {
        email,
        full_name: "Trần Thị Bình",
        phone: "0987654321",
        province: "Hà Nội",
        ward: "Phường Hoàn Kiếm",
        street: "Số 1 phố Tràng Tiền",
        shipping_option: shippingOption!,
        payment_provider: "pp_system_default",
      }
      // Two submits at once with the same cookie (a double tap on a slow phone), then one more later.
      const post = () =>
        context.request.post(url("/checkout"), { form, headers: { Origin: stack.storefrontUrl }, maxRedirects: 0 })
      const [first, second] = await Promise.all([post(), post()])
      const third = await post()
      const orderOf = (r: Awaited<ReturnType<typeof post>>) =>
        /\/orders\/(order_\w+)/.exec(r.headers()["location"] ?? "")?.[1]
      expect(first.status()).toBe(302)
      expect(orderOf(first)).toBeTruthy()
      expect(orderOf(second)).toBe(orderOf(first))
      expect(orderOf(third)).toBe(orderOf(first))
      const { orders } = await admin<{ orders: { id: string; email: string }[] }>(
        "GET",
        `/admin/orders?limit=200&fields=id,email`,
      )
      expect(orders.filter((o) => o.email === email).map((o) => o.id)).toEqual([orderOf(first)])
      await context.close()
    },
    SLOW,
  )

  it(
    "bad input: messages next to the fields, and nothing lost from the cart",
    async () => {
      const { context, page } = await newPage()
      // `second` gets deleted and `revoked` loses its certificate: a cooperative's own products, as
      // the other files read the seed's products meanwhile.
      const cooperative = await approvedSeller(client, {
        email: `htx.loi.${RUN}@example.vn`,
        password: "mat-khau-htx-an-toan",
        legal_name: `Hợp tác xã Atiso Đà Lạt ${RUN}`,
        tax_code: `55${RUN}`,
        address: { address_1: "Số 5 đường Trại Mát, phường Xuân Trường - Đà Lạt", province_code: "Lâm Đồng" },
        bank_account: {
          bank_name: "Agribank Lâm Đồng",
          account_number: `52${RUN}`,
          account_holder: "HTX ATISO DA LAT",
        },
      })
      const ownProduct = async (title: string, decision: number) => {
        const { id, handle } = await certifiedProduct(
          client,
          cooperative,
          {
            title,
            product_group: 1,
            variants: [{ title: "Hộp 100 g", sku: `ATISO-${RUN}-${decision}`, price_vnd: 95_000, stock: 10 }],
          },
          { total: 74, subgroup: "Thực phẩm chế biến", province: "Lâm Đồng", decisionNumber: `${decision}/QĐ-UBND` },
        )
        return { id, handle, title }
      }
      const decision = Number(RUN.slice(-3)) % 500
      const [first, second, revoked] = [
        freshProduct(5),
        await ownProduct(`Trà atiso túi lọc ${RUN}`, 4000 + decision),
        await ownProduct(`Cao atiso nguyên chất ${RUN}`, 4500 + decision),
      ]

      // Product page: quantity 0 and 10,000, then a tampered price.
      await page.goto(url(`/products/${first.handle}`))
      for (const [quantity, message] of [
        ["0", vi["error.quantity.min"]],
        ["10000", vi["error.quantity.max"].replace("{max}", "99")],
      ]) {
        await page.getByLabel(vi["product.quantity"]).fill(quantity)
        await page.getByRole("button", { name: vi["cart.add"], exact: true }).click()
        await see(page.locator("#quantity-error")).toBe(message)
        expect(await page.getByLabel(vi["product.quantity"]).getAttribute("aria-invalid")).toBe("true")
      }
      // Tamper with the price the page sent (after React has finished revalidating, or it restores it).
      await page.waitForLoadState("networkidle")
      await page.evaluate(() => {
        for (const input of document.querySelectorAll<HTMLInputElement>('input[name^="price_"]')) input.value = "1"
      })
      await page.getByLabel(vi["product.quantity"]).fill("1")
      await page.getByRole("button", { name: vi["cart.add"], exact: true }).click()
      await see(page.locator(".buy-form .notice.error")).toMatch(vi["error.price.changed_to"])
      expect(await cartCount(page)).toBe(0)

      await addFromProductPage(page, first.handle, 2)
      await addFromProductPage(page, second.handle, 1)
      await addFromProductPage(page, revoked.handle, 1)
      expect(await cartCount(page)).toBe(4)

      // Cart: 0 and 10,000 are refused next to that line's field; the line keeps its quantity.
      await page.goto(url("/cart"))
      const line = page.locator(".cart-line").filter({ hasText: first.title })
      for (const [quantity, message] of [
        ["0", vi["error.quantity.min"]],
        ["10000", vi["error.quantity.max"].replace("{max}", "99")],
      ]) {
        await line.getByLabel(vi["product.quantity"]).fill(quantity)
        await line.getByRole("button", { name: new RegExp(vi["cart.update"]) }).click()
        await see(line.locator(".field-error")).toBe(message)
      }
      await page.goto(url("/cart"))
      expect(
        await page
          .locator(".cart-line")
          .filter({ hasText: first.title })
          .getByLabel(vi["product.quantity"])
          .inputValue(),
      ).toBe("2")

      // Checkout: every empty field gets its own message; a foreign phone is refused; values stay.
      await page.goto(url("/checkout"))
      await page.getByRole("button", { name: vi["checkout.place_order"], exact: true }).click()
      await see(page.locator("#f-email-error")).toBe(vi["error.required"])
      await see(page.locator("#f-full_name-error")).toBe(vi["error.required"])
      await see(page.locator("#f-phone-error")).toBe(vi["error.required"])
      await see(page.locator("#f-province-error")).toBe(vi["error.province.required"])
      await see(page.locator("#f-ward-error")).toBe(vi["error.required"])
      await see(page.locator("#f-street-error")).toBe(vi["error.required"])
      // The summary above the form takes the focus, so it is seen and read out.
      await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? "")).toMatch(/notice error/)
      await page.getByLabel(vi["checkout.email"]).fill("khach@example.vn")
      await fillAddress(page, "vi", { phone: "+1 415 555 0100" })
      await page.getByRole("button", { name: vi["checkout.place_order"], exact: true }).click()
      await see(page.locator("#f-phone-error")).toBe(vi["error.phone.invalid"])
      await expect.poll(() => page.locator("#f-email-error").count()).toBe(0)
      expect(await page.getByLabel(vi["address.street"]).inputValue()).toBe("Số 12 đường Trần Phú")
      expect(await page.getByLabel(vi["address.province"]).inputValue()).toBe("Lâm Đồng")
      await page.screenshot({ path: `${shots}checkout-errors.png`, fullPage: true })
      expect(await cartCount(page)).toBe(4)

      // Stock falls below the cart's quantity, and another product is removed from the shop.
      const { product: detail } = await admin<{
        product: { variants: { inventory_items: { inventory_item_id: string }[] }[] }
      }>("GET", `/admin/products/${first.id}?fields=variants.inventory_items.inventory_item_id`)
      const inventoryItemId = detail.variants[0].inventory_items[0].inventory_item_id
      const { inventory_item } = await admin<{
        inventory_item: { location_levels: { location_id: string; reserved_quantity: number }[] }
      }>("GET", `/admin/inventory-items/${inventoryItemId}?fields=*location_levels`)
      const level = inventory_item.location_levels[0]
      // One unit left to sell (on top of whatever earlier orders reserved); the cart wants 2.
      await admin("POST", `/admin/inventory-items/${inventoryItemId}/location-levels/${level.location_id}`, {
        stocked_quantity: Number(level.reserved_quantity ?? 0) + 1,
      })
      await admin("DELETE", `/admin/products/${second.id}`)
      // A third product's OCOP certificate is revoked: it must not be sold as OCOP any more.
      const { certificates } = await admin<{ certificates: { id: string }[] }>(
        "GET",
        `/admin/ocop/certificates?product_id=${revoked.id}&status=valid`,
      )
      await admin("POST", `/admin/ocop/certificates/${certificates[0].id}/revoke`, {
        reason: "Vi phạm chất lượng (kiểm thử e2e)",
      })

      await page.getByLabel(vi["address.phone"]).fill("0912345678")
      await page.getByRole("button", { name: vi["checkout.place_order"], exact: true }).click()
      await see(page.locator(".notice.error").first()).toMatch(vi["error.cart.problems"])
      const summary = page.locator(".order-summary")
      await see(summary.locator("li").filter({ hasText: first.title })).toMatch(
        vi["error.line.only_left"].replace("{count}", "1"),
      )
      await see(summary.locator("li").filter({ hasText: second.title })).toMatch(vi["error.line.unavailable"])
      await see(summary.locator("li").filter({ hasText: revoked.title })).toMatch(
        new RegExp(`${vi["error.line.unavailable"]}|${vi["error.line.uncertified"]}`.replace(/\./g, "\\.")),
      )
      expect(new URL(page.url()).pathname).toBe("/checkout")

      await page.goto(url("/cart"))
      await expect.poll(() => page.locator(".cart-line").count()).toBe(3)
      await see(page.locator(".cart-line").filter({ hasText: second.title }).locator(".line-problem")).toBe(
        vi["error.line.unavailable"],
      )
      await context.close()
    },
    SLOW,
  )

  it(
    "refuses cross-site form posts, and keeps its cookies HttpOnly and SameSite=Lax",
    async () => {
      const { context, page } = await newPage()
      const product = freshProduct(2)
      const variantId = product.variants[0].id
      const form = new URLSearchParams({ intent: "add", product_id: product.id, variant_id: variantId, quantity: "1" })

      const foreign: Record<string, string>[] = [
        { Origin: "https://evil.example" },
        {},
        { Referer: "https://evil.example/page" },
        { Origin: "null" },
      ]
      for (const headers of foreign) {
        const response = await fetch(url("/cart"), {
          method: "POST",
          body: form,
          headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
          redirect: "manual",
        })
        // A foreign Origin is refused by React Router itself (400) before our middleware; no Origin
        // and a foreign Referer by app/lib/csrf.server.ts (403). Either way nothing is written.
        expect([400, 403], JSON.stringify(headers)).toContain(response.status)
        expect(response.headers.get("set-cookie")).toBeNull()
      }

      // A page on another site auto-submitting a form to the shop, while the buyer has a cart there:
      // the browser sends that site's Origin (and the session cookie); the shop refuses, the cart is unchanged.
      await addFromProductPage(page, product.handle, 1)
      expect(await cartCount(page)).toBe(1)
      await page.goto(`${stack.backendUrl}/health`)
      await page.setContent(
        `<form method="post" action="${url("/cart")}">${[...form].map(([k, v]) => `<input name="${k}" value="${v}">`).join("")}</form>`,
      )
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url() === url("/cart") && r.request().method() === "POST"),
        page.evaluate(() => document.forms[0].submit()),
      ])
      expect([400, 403]).toContain(response.status())
      expect(response.request().headers()["origin"]).toBe(stack.backendUrl)
      await page.waitForURL(url("/cart"))
      await page.goto(url("/cart"))
      expect(await cartCount(page)).toBe(1)

      // The same post from the shop itself works and sets a hardened session cookie.
      const ok = await fetch(url("/cart"), {
        method: "POST",
        body: form,
        headers: { "content-type": "application/x-www-form-urlencoded", Origin: stack.storefrontUrl },
        redirect: "manual",
      })
      expect(ok.status).toBe(302)
      const cookie = ok.headers.get("set-cookie") ?? ""
      expect(cookie).toMatch(/^ocop_session=/)
      expect(cookie).toMatch(/HttpOnly/i)
      expect(cookie).toMatch(/SameSite=Lax/i)
      const product2 = await fetch(url(`/products/${product.handle}`))
      expect(product2.headers.get("cache-control")).toMatch(/^public/)
      const withCookie = await fetch(url(`/products/${product.handle}`), { headers: { cookie: cookie.split(";")[0] } })
      expect(withCookie.headers.get("cache-control")).toMatch(/^private/)
      const checkout = await fetch(url("/checkout"), { headers: { cookie: cookie.split(";")[0] }, redirect: "manual" })
      expect(checkout.headers.get("cache-control")).toBe("private, no-store")
      await context.close()
    },
    SLOW,
  )

  it(
    "pauses sign-in after ten wrong passwords with a clear message, and never follows a return path off the site",
    async () => {
      const { context, page } = await newPage()
      const email = `doan.${Date.now()}@example.vn`
      await client.call("POST", "/auth/customer/emailpass/register", null, { email, password: "mat-khau-dung-123" })
      // The return path of a phishing link: a tab makes "/\t/evil.example" another site for a browser.
      await page.goto(url("/account/login?next=/%09/evil.example/"))
      for (let n = 0; n < 10; n++) {
        await page.getByLabel(vi["checkout.email"]).fill(email)
        await page.getByLabel(vi["account.password"]).fill(`sai-mat-khau-${n}`)
        await page.getByRole("button", { name: vi["account.sign_in"] }).click()
        await see(page.locator("main")).toMatch(vi["error.login.failed"])
      }
      await page.getByLabel(vi["checkout.email"]).fill(email)
      await page.getByLabel(vi["account.password"]).fill("mat-khau-dung-123")
      await page.getByRole("button", { name: vi["account.sign_in"] }).click()
      await see(page.locator(".notice.error")).toMatch(vi["error.login.rate_limited"])

      // Another account signs in, and lands on this site, not on the return path's host.
      const other = `khac.${Date.now()}@example.vn`
      await registeredCustomer(client, {
        email: other,
        password: "mat-khau-dung-123",
        first_name: "Bình",
        last_name: "Lê",
      })
      await page.getByLabel(vi["checkout.email"]).fill(other)
      await page.getByLabel(vi["account.password"]).fill("mat-khau-dung-123")
      await page.getByRole("button", { name: vi["account.sign_in"] }).click()
      await page.waitForURL((target) => target.origin === stack.storefrontUrl && !target.pathname.includes("evil"))
      await context.close()
    },
    SLOW,
  )

  it(
    "picked up at the cooperative: no home address asked, and checkout and the order say where to collect",
    async () => {
      const { context, page } = await newPage({ javaScriptEnabled: false })
      const product = freshProduct()
      const { products: listed } = await store<{ products: { ocop: { producer: string } }[] }>(
        `/store/ocop/products?id=${product.id}`,
      )
      const producer = listed[0].ocop.producer
      await addFromProductPage(page, product.handle, 1)
      await page.goto(url("/checkout"))
      await see(page.locator("main")).toMatch(vi["checkout.pickup_address_hint"])
      const points = page.getByTestId("pickup-points")
      await see(points).toMatch(`Nhận tại ${producer}:`)
      await page.getByLabel(vi["checkout.email"]).fill(`nhan.tai.htx.${Date.now()}@example.vn`)
      await page.getByLabel(vi["address.full_name"]).fill("Lê Văn Nhận")
      await page.getByLabel(vi["address.phone"]).fill("0987 654 321")
      await page.getByLabel(new RegExp(vi["shipping.pickup"])).check()
      await page.getByRole("button", { name: vi["checkout.place_order"], exact: true }).click()
      await page.waitForURL(/\/orders\/order_/, { timeout: 60_000 })
      await see(page.locator("main")).toMatch(vi["order.pickup"])
      await see(page.getByTestId("pickup-points")).toMatch(producer)
      await see(page.locator("main")).toMatch(`${vi["order.pickup_by"]}: Lê Văn Nhận · 0987 654 321`)
      expect(await page.getByRole("heading", { name: vi["order.delivery"], exact: true }).count()).toBe(0)
      await context.close()
    },
    SLOW,
  )

  it(
    "a guest's order joins the account registered later with that e-mail, once the e-mailed link is followed",
    async () => {
      const { context, page } = await newPage()
      const email = `khach.${Date.now()}@example.vn`
      const product = freshProduct()
      await addFromProductPage(page, product.handle, 1)
      await page.goto(url("/checkout"))
      await page.getByLabel(vi["checkout.email"]).fill(email)
      await fillAddress(page, "vi")
      await page.getByRole("button", { name: vi["checkout.place_order"], exact: true }).click()
      await page.waitForURL(/\/orders\/order_/, { timeout: 60_000 })
      const orderNumber = (await page.getByTestId("order-number").textContent())!

      await registerInBrowser(page, stack.storefrontUrl, "vi", {
        full_name: "Trần Thị Khách",
        email,
        password: "mat-khau-an-toan",
      })
      await page.goto(url("/account/orders"))
      await see(page.locator("main")).toMatch(vi["account.no_orders"])
      await page.getByRole("button", { name: vi["account.guest_orders.claim"] }).click()
      await see(page.locator(".notice.success")).toMatch(email)

      // The link goes to the address the order was placed with (the local notification provider keeps it).
      let link: string | undefined
      for (let n = 0; n < 40 && !link; n++) {
        const { notifications } = await admin<{ notifications: { template: string; data: { link: string } }[] }>(
          "GET",
          `/admin/notifications?to=${encodeURIComponent(email)}&fields=id,template,data`,
        )
        link = notifications.find((n) => n.template === "order-transfer-requested")?.data.link
        if (!link) await new Promise((resolve) => setTimeout(resolve, 250))
      }
      expect(link).toBeTruthy()
      const target = new URL(link!)
      await page.goto(url(target.pathname + target.search))
      await page.getByRole("button", { name: vi["claim.confirm"] }).click()
      await page.waitForURL(/\/account\/orders$/)
      await see(page.locator(".notice.success")).toMatch(vi["claim.done"])
      await see(page.locator(".order-list")).toMatch(`${vi["order.number"]} ${orderNumber}`)

      // The same link cannot be used twice.
      await page.goto(url(target.pathname + target.search))
      await page.getByRole("button", { name: vi["claim.confirm"] }).click()
      await see(page.locator(".notice.error")).toMatch(vi["claim.invalid"])
      await context.close()
    },
    SLOW,
  )
  it(
    "a product's page lists its latest lots, each opening its trace page, and carries the backend's cache policy",
    async () => {
      // A product with recorded lots, as the backend's product page route states it.
      const { regions } = await store<{ regions: { id: string; currency_code: string }[] }>("/store/regions")
      const region = regions.find((r) => r.currency_code === "vnd")!.id
      let handle: string | undefined
      let backendCache: string | null = null
      for (const product of products) {
        const page = `/store/ocop/products/${product.handle}/page?region_id=${region}&country_code=vn`
        const response = await fetch(`${stack.backendUrl}${page}`, {
          headers: { "x-publishable-api-key": stack.publishableKey },
        })
        const body = (await response.json()) as { lots?: { count: number } }
        if (response.status === 200 && body.lots?.count) {
          handle = product.handle
          backendCache = response.headers.get("cache-control")
          break
        }
      }
      expect(handle).toBeTruthy()
      expect(backendCache).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/)
      const anonymous = await fetch(url(`/products/${handle}`))
      expect(anonymous.status).toBe(200)
      expect(anonymous.headers.get("cache-control")).toBe(backendCache)

      const { context, page } = await newPage({ javaScriptEnabled: false })
      await page.goto(url(`/en/products/${handle}`))
      const lots = page.locator("section.lots")
      await see(lots.locator("h2")).toBe(en["product.lots"])
      const link = lots.locator("a").first()
      const [, lotCode] = /^Lot (.+), produced on /.exec((await link.textContent())!)!
      await link.click()
      await page.waitForURL(/\/en\/01\/\d{14}\/10\//)
      await see(page.locator("main")).toMatch(lotCode)
      await context.close()
    },
    SLOW,
  )
})
