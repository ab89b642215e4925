/**
 * A revoked OCOP certificate never looks valid to a buyer: the certificate check page and the
 * product's page (followed from an old or shared link) show no stars, no OCOP badge and no "valid
 * until", and say "revoked" with the day and the reason, in Vietnamese and in English; no product
 * card (home, listing, search) shows the product with stars. (The lot page: digital-link.e2e.) Headless
 * Chromium, no JavaScript, against the shared stack (the BUILT storefront: `npx react-router build`):
 * a cooperative's own product is certified, then revoked; the file runs when no other file does,
 * as it reads every card of the home page, the listing and a search.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendClient, type Browser, type Stack } from "@ocop/stack"
import { ownCertifiedProduct, revokeCertificate } from "./setup"
import { sharedBrowser, sharedStack } from "./shared-stack"

const REASON = "Kiểm tra chất lượng không đạt: hàm lượng nước vượt tiêu chuẩn đã công bố"
const RUN = Date.now().toString().slice(-8)

type Listed = { id: string; handle: string; title: string; ocop: { stars: number; decision_number: string } }

describe("a revoked certificate on the storefront", () => {
  let stack: Stack
  let browser: Browser
  let revoked: Listed
  let valid: Listed
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()) // YYYY-MM-DD
  const [year, month, day] = today.split("-")
  const viDay = `${day}/${month}/${year}`
  const enDay = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date())

  beforeAll(async () => {
    stack = sharedStack()
    const client = backendClient(stack)
    browser = await sharedBrowser()
    const product = await ownCertifiedProduct(client, {
      run: RUN,
      province: "Lào Cai",
      cooperative: {
        login: "htx.thuhoi",
        password: "mat-khau-htx-thu-hoi",
        legalName: "Hợp tác xã Mật ong Si Ma Cai",
        holder: "HTX MAT ONG SI MA CAI",
        address: "Thôn Sán Chải, xã Si Ma Cai",
        taxPrefix: "59",
        accountPrefix: "39007",
      },
      product: {
        title: "Mật ong hoa xuyến chi Si Ma Cai",
        variant: "Chai 500 ml",
        sku: "SMC",
        priceVnd: 220_000,
        stock: 20,
      },
      certificate: { total: 76, subgroup: "Thực phẩm tươi sống", decisionFrom: 5000 },
    })
    ;[revoked] = (
      await client.call<{ products: Listed[] }>("GET", `/store/ocop/products?id=${product.id}`, null)
    ).products
    await revokeCertificate(client, revoked.id, REASON)
    // The valid product: the listing's first card (no other file changes the listing while this one runs).
    const listing = await (await fetch(`${stack.storefrontUrl}/products`)).text()
    const firstHandle = /href="\/products\/([^"?#]+)"/.exec(listing.slice(listing.indexOf('class="product-card')))![1]
    const { products } = await client.call<{ products: Listed[] }>("GET", "/store/ocop/products?limit=100", null)
    valid = products.find((p) => p.handle === decodeURIComponent(firstHandle))!
    expect(valid).toBeTruthy()
  })

  afterAll(async () => {
    await browser?.close()
  })

  async function page(path: string) {
    const context = await browser.newContext({ locale: "vi-VN", javaScriptEnabled: false })
    const tab = await context.newPage()
    const response = await tab.goto(`${stack.storefrontUrl}${path}`)
    return { tab, status: response?.status(), close: () => context.close() }
  }

  it("the certificate check says revoked, with the day and the reason, and shows no stars (Vietnamese and English)", async () => {
    const number = encodeURIComponent(revoked.ocop.decision_number)
    const vi = await page(`/ocop/verify?decision_number=${number}`)
    const section = vi.tab.locator("section.certificate")
    await expect(section.locator("h2").textContent()).resolves.toBe("Chứng nhận không còn hiệu lực")
    const text = await section.textContent()
    expect(text).toContain(`Chứng nhận OCOP số ${revoked.ocop.decision_number} đã bị thu hồi ngày ${viDay}.`)
    expect(text).toContain(`Lý do${REASON}`)
    expect(text).toContain("Sản phẩm này không được bán như sản phẩm OCOP.")
    expect(text).not.toContain("Hiệu lực đến")
    expect(text).not.toContain("★")
    expect(await vi.tab.locator(".ocop-stars").count()).toBe(0)
    await vi.close()

    const en = await page(`/en/ocop/verify?decision_number=${number}`)
    const english = await en.tab.locator("section.certificate").textContent()
    expect(english).toContain(`OCOP certificate ${revoked.ocop.decision_number} was revoked on ${enDay}.`)
    expect(english).toContain(`Reason${REASON}`)
    expect(english).toContain("This product is not sold as an OCOP product.")
    expect(english).not.toContain("Valid until")
    expect(await en.tab.locator(".ocop-stars").count()).toBe(0)
    await en.close()

    // A valid certificate still shows its stars and validity.
    const ok = await page(`/ocop/verify?decision_number=${encodeURIComponent(valid.ocop.decision_number)}`)
    await expect(ok.tab.locator("section.certificate h2").textContent()).resolves.toBe("Chứng nhận còn hiệu lực")
    await expect(ok.tab.locator("section.certificate .ocop-stars .star-text").textContent()).resolves.toBe(
      `OCOP ${valid.ocop.stars} sao`,
    )
    await expect(ok.tab.locator("section.certificate").textContent()).resolves.toContain("Hiệu lực đến")
    await ok.close()
  })

  it("the product's page says the product is no longer sold as OCOP, why and since when, with no stars, badge or JSON-LD award", async () => {
    const vi = await page(`/products/${revoked.handle}`)
    expect(vi.status).toBe(410)
    await expect(vi.tab.locator("h1").textContent()).resolves.toBe(revoked.title)
    const text = await vi.tab.locator("main").textContent()
    expect(text).toContain(`Chứng nhận OCOP số ${revoked.ocop.decision_number} đã bị thu hồi ngày ${viDay}.`)
    expect(text).toContain(REASON)
    expect(text).not.toContain("Hiệu lực đến")
    expect(await vi.tab.locator(".ocop-stars").count()).toBe(0)
    expect(await vi.tab.locator("form.buy-form").count()).toBe(0)
    const jsonLd = await vi.tab.locator('script[type="application/ld+json"]').allTextContents()
    expect(jsonLd.join(" ")).not.toMatch(/OCOP \d★|"award"/)
    await expect(vi.tab.locator('meta[name="robots"]').getAttribute("content")).resolves.toMatch(/noindex/)
    await vi.close()

    const en = await page(`/en/products/${revoked.handle}`)
    expect(en.status).toBe(410)
    const english = await en.tab.locator("main").textContent()
    expect(english).toContain(`OCOP certificate ${revoked.ocop.decision_number} was revoked on ${enDay}.`)
    expect(english).toContain("This product is no longer sold on the marketplace.")
    expect(english).toContain(REASON)
    expect(await en.tab.locator(".ocop-stars").count()).toBe(0)
    await en.close()

    // The valid product's page keeps its stars and its JSON-LD award; a made-up handle is a 404.
    const ok = await page(`/products/${valid.handle}`)
    expect(ok.status).toBe(200)
    expect(await ok.tab.locator(".summary > .ocop-stars").count()).toBe(1)
    expect((await ok.tab.locator('script[type="application/ld+json"]').allTextContents()).join(" ")).toContain(
      `OCOP ${valid.ocop.stars}★`,
    )
    await ok.close()
    const missing = await page("/products/khong-co-san-pham-nay")
    expect(missing.status).toBe(404)
    await missing.close()
  })

  it("no product card shows it with stars: home, listing and search; the valid product's card keeps its stars", async () => {
    const words = revoked.title.split(/\s+/).slice(0, 3).join(" ")
    for (const path of ["/", "/products", `/products?q=${encodeURIComponent(words)}`, "/en/products"]) {
      const view = await page(path)
      expect([path, view.status]).toEqual([path, 200])
      const cards = view.tab.locator("li.product-card")
      const revokedCards = cards.filter({ has: view.tab.locator(`a[href$="/products/${revoked.handle}"]`) })
      expect([path, await revokedCards.count()]).toEqual([path, 0])
      // Every card that is shown carries the stars of a valid certificate.
      const count = await cards.count()
      expect([path, await cards.filter({ has: view.tab.locator(".ocop-stars") }).count()]).toEqual([path, count])
      await view.close()
    }
    const listing = await page("/products")
    const validCard = listing.tab.locator("li.product-card").filter({
      has: listing.tab.locator(`a[href$="/products/${valid.handle}"]`),
    })
    await expect(validCard.locator(".ocop-stars").count()).resolves.toBe(1)
    await listing.close()
  })
})
