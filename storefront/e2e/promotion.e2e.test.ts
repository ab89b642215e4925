/**
 * Trade promotion in a real browser: a campaign's landing page (with and without JavaScript), a
 * province showcase and the officers' programme dashboard in the Medusa admin. Screenshots go to
 * /screenshots at the repository root. Needs the BUILT plugins, backend (with its admin) and storefront.
 */
import { randomBytes } from "node:crypto"
import { mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchBrowser, startStack, type Browser, type Stack } from "@ocop/stack"
import { currentProvince } from "../app/lib/catalog"


const shots = fileURLToPath(new URL("../../screenshots/", import.meta.url))
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }
const DAY = 86_400_000

type OcopProduct = { id: string; title: string; ocop: { province: string; stars: number } }

describe("trade promotion pages in a real browser", () => {
  let stack: Stack
  let browser: Browser
  let province: string
  let provinceProducts: number
  let campaignProducts: string[]

  async function api<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
    const response = await fetch(`${stack.backendUrl}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": stack.publishableKey,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return response.json() as Promise<T>
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    process.env.SESSION_SECRET ??= randomBytes(32).toString("hex")
    stack = await startStack({ mode: "test", quiet: true, seedProducts: 40, builtBackend: true })
    browser = await launchBrowser()
    const { products } = await api<{ products: OcopProduct[] }>("GET", "/store/ocop/products?limit=100")
    province = products[0].ocop.province
    provinceProducts = products.filter((p) => p.ocop.province === province).length
    const { token } = await api<{ token: string }>("POST", "/auth/user/emailpass", stack.logins.admin)
    await api(
      "POST",
      "/admin/ocop/campaigns",
      {
        name: `Tuần lễ OCOP ${province}`,
        identifier: "tuan-le-ocop",
        description: `Giảm 10% mọi sản phẩm OCOP của ${province} trong tuần lễ OCOP.`,
        starts_at: new Date(Date.now() - DAY).toISOString(),
        ends_at: new Date(Date.now() + 5 * DAY + 3_723_000).toISOString(),
        discount: { type: "percentage", value: 10 },
        budget: { type: "spend", limit: 20_000_000 },
        rules: { provinces: [province] },
      },
      token
    )
    campaignProducts = (await api<{ product_ids: string[] }>("GET", "/store/ocop/campaigns/tuan-le-ocop")).product_ids
  })

  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
  })

  it("shows the campaign's end date without JavaScript, and its products", async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: "vi-VN", javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/campaigns/tuan-le-ocop`)
    expect(await page.locator("h1").textContent()).toBe(`Tuần lễ OCOP ${province}`)
    expect(await page.locator(".countdown time").getAttribute("datetime")).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(await page.locator(".countdown").textContent()).toMatch(/Kết thúc lúc .*\d{4}/)
    expect(await page.locator("[data-testid=countdown-left]").count()).toBe(0)
    expect(await page.locator(".product-grid > li").count()).toBe(campaignProducts.length)
    expect(await page.locator(".campaign-badge").textContent()).toBe("Giảm 10%")
    await context.close()
  })

  it("ticks the countdown with JavaScript (screenshot)", async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: "vi-VN" })
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/campaigns/tuan-le-ocop`)
    const left = page.locator("[data-testid=countdown-left]")
    await left.waitFor()
    const first = await left.textContent()
    expect(first).toMatch(/còn 5 ngày \d\d:\d\d:\d\d/)
    await expect.poll(() => left.textContent(), { timeout: 5_000 }).not.toBe(first)
    await page.screenshot({ path: `${shots}campaign.png`, fullPage: true })
    await context.close()
  })

  it("shows the province showcase (screenshot)", async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: "vi-VN" })
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/provinces/${currentProvince(province)!.slug}`)
    expect(await page.locator("h1").textContent()).toContain(province)
    expect(await page.locator(".showcase-counts dd").first().textContent()).toBe(String(provinceProducts))
    expect(await page.locator(".showcase a[href$='/campaigns/tuan-le-ocop']").count()).toBe(1)
    expect(await page.locator(".showcase-producers li").count()).toBeGreaterThan(0)
    await page.screenshot({ path: `${shots}province-showcase.png`, fullPage: true })
    await context.close()
  })

  it("draws the programme dashboard in the admin (screenshot)", async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: "vi-VN" })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await page.goto(`${stack.backendUrl}/app/login`)
    await page.locator("input[name=email]").fill(stack.logins.admin.email)
    await page.locator("input[name=password]").fill(stack.logins.admin.password)
    await page.locator("button[type=submit]").click()
    await page.waitForURL(/\/app(?!\/login)/)
    await page.goto(`${stack.backendUrl}/app/programme`)
    await page.getByText("34 tỉnh, thành phố").waitFor()
    expect(await page.locator("[data-testid=provinces-table] tbody tr").count()).toBe(34)
    expect(await page.locator(".recharts-surface").count()).toBeGreaterThanOrEqual(5)
    await page.waitForTimeout(1_000)
    await page.screenshot({ path: `${shots}programme-dashboard.png`, fullPage: true })
    await context.close()
  })
})


