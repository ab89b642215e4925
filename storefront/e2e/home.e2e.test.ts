import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchBrowser, startStack, type Browser, type Stack } from "@ocop/stack"

describe("storefront home page in a real browser", () => {
  let stack: Stack
  let browser: Browser

  beforeAll(async () => {
    stack = await startStack({ mode: "test", quiet: true, seedProducts: 12 })
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
  })

  it("lists seeded products from the backend, with Vietnamese names and VND prices", async () => {
    const page = await browser.newPage()
    const response = await page.goto(stack.storefrontUrl)
    expect(response?.status()).toBe(200)
    await expect(page.title()).resolves.toContain("OCOP")

    const { products } = await fetch(`${stack.backendUrl}/store/products?limit=3&order=-created_at`, {
      headers: { "x-publishable-api-key": stack.publishableKey },
    }).then((r) => r.json())
    expect(products.length).toBeGreaterThan(0)
    for (const product of products) {
      await expect(page.getByRole("heading", { name: product.title }).count()).resolves.toBe(1)
    }
    const prices = await page.locator(".price").allTextContents()
    expect(prices.length).toBeGreaterThan(0)
    for (const price of prices) expect(price).toMatch(/^\d{1,3}(\.\d{3})*\s₫$/)
    await page.screenshot({ path: "test-results/home.png", fullPage: false })
  })
})
