/**
 * Trade promotion in a real browser: a campaign's landing page (with and without JavaScript), a
 * province showcase with its product stories, a producer writing its story in the seller portal, the
 * events calendar and a live selling session, and the officers' programme dashboard and events page
 * in the Medusa admin. Screenshots go to /screenshots at the repository root. Needs the BUILT
 * plugins, backend (with its admin) and storefront.
 */
import { mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendClient, startStack, type BackendClient, type Browser, type Stack } from "@ocop/stack"
import { SHARED_SEED_PRODUCTS, sharedBrowser } from "./shared-stack"
import { findProvince } from "@ocop/reference"
import { vi } from "../app/i18n/vi"
import { openPage } from "./helpers"
import { approvedSeller, listProduct, registerInBrowser, signInSeller } from "./setup"

const shots = fileURLToPath(new URL("../../screenshots/", import.meta.url))
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }
const HOUR = 3_600_000
const DAY = 86_400_000
const SELLER_PASSWORD = "mat-khau-htx-an-toan"

type OcopProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  ocop: { province: string; stars: number; product_group: number }
}

describe("trade promotion pages in a real browser", () => {
  let stack: Stack
  let browser: Browser
  let province: string
  let provinceProducts: number
  let campaignProducts: string[]
  let products: OcopProduct[]
  let client: BackendClient

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    stack = await startStack({ mode: "test", quiet: true, seedProducts: SHARED_SEED_PRODUCTS, builtBackend: true })
    client = backendClient(stack)
    browser = await sharedBrowser()
    products = (await client.call<{ products: OcopProduct[] }>("GET", "/store/ocop/products?limit=100", null)).products
    province = products[0].ocop.province
    provinceProducts = products.filter((p) => p.ocop.province === province).length
    await client.admin("POST", "/admin/ocop/campaigns", {
      name: `Tuần lễ OCOP ${province}`,
      identifier: "tuan-le-ocop",
      description: `Giảm 10% mọi sản phẩm OCOP của ${province} trong tuần lễ OCOP.`,
      starts_at: new Date(Date.now() - DAY).toISOString(),
      ends_at: new Date(Date.now() + 5 * DAY + 3_723_000).toISOString(),
      discount: { type: "percentage", value: 10 },
      budget: { type: "spend", limit: 20_000_000 },
      rules: { provinces: [province] },
    })
    campaignProducts = (await client.call<{ product_ids: string[] }>("GET", "/store/ocop/campaigns/tuan-le-ocop", null))
      .product_ids
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
    expect(await page.locator(".countdown").textContent()).not.toMatch(/lúc lúc/)
    expect(await page.locator("[data-testid=countdown-left]").count()).toBe(0)
    expect(await page.locator(".product-grid > li").count()).toBe(campaignProducts.length)
    // Every card shows its stars and its producer, as in the catalogue.
    expect(await page.locator(".product-grid > li .ocop-stars").count()).toBe(campaignProducts.length)
    expect(await page.locator('.product-grid > li a[href*="/producers/"]').count()).toBe(campaignProducts.length)
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
    await page.goto(`${stack.storefrontUrl}/provinces/${findProvince(province)!.slug}`)
    expect(await page.locator("h1").textContent()).toContain(province)
    expect(await page.locator(".showcase-counts dd").first().textContent()).toBe(String(provinceProducts))
    expect(await page.locator(".showcase a[href$='/campaigns/tuan-le-ocop']").count()).toBe(1)
    expect(await page.locator(".showcase-producers li").count()).toBeGreaterThan(0)
    await page.screenshot({ path: `${shots}province-showcase.png`, fullPage: true })
    await context.close()
  })

  it("draws the programme dashboard in the admin (screenshot)", async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: "vi-VN" })
    // The operator's admin speaks Vietnamese (its language setting, kept in the `lng` cookie).
    await context.addCookies([{ name: "lng", value: "vi", url: stack.backendUrl }])
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
  it("shows a product's story on its page and in its province's showcase (screenshot)", async () => {
    const product = products[0]
    await client.admin("POST", `/admin/ocop/products/${product.id}/story`, {
      title: "Từ nương đồi đến bàn trà",
      body: "Ba thế hệ trong hợp tác xã chăm những gốc cây trên sườn núi.\n\nMỗi mẻ được làm bằng tay theo cách của người xưa, rồi đóng gói ngay tại xã.",
      photos: product.thumbnail ? [product.thumbnail] : [],
      video_url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    })
    const context = await browser.newContext({ viewport: PHONE, locale: "vi-VN", javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/products/${product.handle}`)
    const story = page.locator(".product-story")
    expect(await story.locator("h2").textContent()).toBe(`${vi["story.heading"]}: Từ nương đồi đến bàn trà`)
    expect(await story.locator("p").filter({ hasText: "Ba thế hệ" }).count()).toBe(1)
    expect(await story.locator("iframe").getAttribute("src")).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    await story.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${shots}product-story.png`, fullPage: true })

    await page.goto(`${stack.storefrontUrl}/provinces/${findProvince(province)!.slug}`)
    const card = page.locator(".story-cards li")
    expect(await card.count()).toBe(1)
    expect(await card.locator("a").getAttribute("href")).toBe(`/products/${product.handle}`)
    await context.close()
  })

  it("lets a producer write its product's story in the seller portal, refusing a bad video link", async () => {
    const email = `htx.story.${Date.now()}@example.vn`
    const seller = await approvedSeller(client, {
      email,
      password: SELLER_PASSWORD,
      legal_name: "Hợp tác xã Chè Shan Tuyết Tà Xùa",
      tax_code: `53${Date.now().toString().slice(-8)}`,
      address: { address_1: "Bản Tà Xùa", province_code: "Sơn La" },
      bank_account: { bank_name: "Agribank", account_number: "3900205123456", account_holder: "HTX CHE TA XUA" },
    })
    const product = await listProduct(client, seller.token, {
      title: "Chè Shan tuyết cổ thụ",
      product_group: 1,
      variants: [{ title: "Gói 100 g", sku: `TX-${Date.now()}`, price_vnd: 150_000, stock: 20 }],
    })

    const { context, page } = await openPage(browser, { viewport: PHONE, javaScriptEnabled: false })
    await signInSeller(page, stack.storefrontUrl, "vi", { email, password: SELLER_PASSWORD })
    await page.goto(`${stack.storefrontUrl}/seller/products/${product.id}`)
    await page.getByRole("link", { name: vi["story.editor"] }).click()
    await page.getByLabel(vi["story.title"]).fill("Chè trên núi mây")
    await page
      .getByLabel(vi["story.body"])
      .fill("Những cây chè cổ thụ hàng trăm năm tuổi, người Dao hái tay lúc sương sớm.")
    await page.getByLabel(vi["story.video_url"]).fill("https://example.vn/video/che.mp4")
    await page.getByRole("button", { name: vi["story.publish"] }).click()
    // The refusal is a sentence in the page's language, never the field's name
    const refusal = await page.locator(".notice.error").textContent()
    expect(refusal).toContain(vi["refusal.video_url"])
    expect(refusal).not.toContain("video_url")
    expect(await page.getByLabel(vi["story.title"]).inputValue()).toBe("Chè trên núi mây")

    await page.getByLabel(vi["story.video_url"]).fill("https://vimeo.com/76979871")
    await page.getByRole("button", { name: vi["story.publish"] }).click()
    await page.getByText(vi["story.saved"]).waitFor()
    expect(await page.getByLabel(vi["story.video_url"]).inputValue()).toBe("https://vimeo.com/76979871")
    await page.screenshot({ path: `${shots}seller-story-editor.png`, fullPage: true })

    // Another seller's product is not found in the portal either.
    const response = await page.goto(`${stack.storefrontUrl}/seller/products/${products[0].id}/story`)
    expect(response?.status()).toBe(404)
    await context.close()
  })

  it("lets a customer follow a province without JavaScript and read the new event's notification (screenshot)", async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: "vi-VN", javaScriptEnabled: false })
    const page = await context.newPage()
    // Signed out, the notifications page asks to sign in.
    await page.goto(`${stack.storefrontUrl}/account/notifications`)
    expect(new URL(page.url()).pathname).toBe("/account/login")

    const email = `theo.doi.${Date.now()}@example.vn`
    await registerInBrowser(page, stack.storefrontUrl, "vi", {
      full_name: "Trần Thị Lan",
      email,
      password: "mat-khau-an-toan",
    })

    const provincePath = `/provinces/${findProvince(province)!.slug}`
    await page.goto(`${stack.storefrontUrl}${provincePath}`)
    await page.getByRole("button", { name: vi["follow.follow_province"] }).click()
    await page.waitForURL(`${stack.storefrontUrl}${provincePath}`)
    expect(await page.locator(".notice.success").textContent()).toBe(vi["follow.followed"])
    expect(await page.getByRole("button", { name: vi["follow.unfollow"] }).count()).toBe(1)

    await client.admin("POST", "/admin/ocop/events", {
      handle: "trien-lam-ocop-tinh",
      title: `Triển lãm OCOP ${province}`,
      kind: "exhibition",
      starts_at: new Date(Date.now() + 20 * DAY).toISOString(),
      ends_at: new Date(Date.now() + 22 * DAY).toISOString(),
      place: "Trung tâm Hội nghị tỉnh",
      province,
    })
    await expect
      .poll(
        async () => {
          await page.goto(`${stack.storefrontUrl}/account/notifications`)
          return page.locator(".notification-list li").allTextContents()
        },
        { timeout: 20_000, interval: 500 },
      )
      .toEqual([expect.stringContaining(`Sự kiện mới: Triển lãm OCOP ${province}`)])
    expect(await page.locator(".follow-list li").first().textContent()).toContain(province)
    await page.screenshot({ path: `${shots}account-notifications.png`, fullPage: true })

    // A producer's page has its own follow button (the producer is the certificate's OCOP subject).
    await page.goto(`${stack.storefrontUrl}/products/${products[0].handle}`)
    await page.locator(".facts a[href^='/producers/']").click()
    await page.getByRole("button", { name: vi["follow.follow_producer"] }).click()
    expect(await page.locator(".notice.success").textContent()).toBe(vi["follow.followed"])
    await page.goto(`${stack.storefrontUrl}/account/notifications`)
    expect(await page.locator(".follow-list li").count()).toBe(2)
    await context.close()
  })

  describe("events", () => {
    let featured: OcopProduct[]

    beforeAll(async () => {
      // Two goods and a community-tourism stay (booked on its product page, not put in the cart here).
      const stay = products.find((p) => p.title.startsWith("Homestay"))!
      featured = [...products.filter((p) => p.ocop.product_group !== stay.ocop.product_group).slice(0, 2), stay]
      await client.admin("POST", "/admin/ocop/events", {
        handle: "phien-live-dac-san",
        title: "Phiên livestream đặc sản OCOP",
        description: "Các hợp tác xã giới thiệu và bán trực tiếp sản phẩm OCOP.",
        kind: "live",
        starts_at: new Date(Date.now() - HOUR).toISOString(),
        ends_at: new Date(Date.now() + 2 * HOUR).toISOString(),
        stream_url: "https://www.facebook.com/ocop.vn/live",
        province: province,
        product_ids: featured.map((p) => p.id),
      })
      await client.admin("POST", "/admin/ocop/events", {
        handle: "hoi-cho-ocop-thu-do",
        title: "Hội chợ OCOP Thủ đô",
        kind: "fair",
        starts_at: new Date(Date.now() + 40 * DAY).toISOString(),
        ends_at: new Date(Date.now() + 44 * DAY).toISOString(),
        place: "Cung Văn hoá Hữu nghị, 91 Trần Hưng Đạo, Hà Nội",
        province: "Hà Nội",
        product_ids: [featured[0].id],
      })
    })

    it("lists live and upcoming events by month without JavaScript (screenshot)", async () => {
      const context = await browser.newContext({ viewport: PHONE, locale: "vi-VN", javaScriptEnabled: false })
      const page = await context.newPage()
      await page.goto(`${stack.storefrontUrl}/events`)
      expect(await page.locator("h1").textContent()).toBe(vi["events.heading"])
      expect(await page.locator(".events-month").count()).toBeGreaterThanOrEqual(2)
      const titles = await page.locator(".event-card h3").allTextContents()
      // Soonest first; the exhibition comes from the follow scenario above.
      expect(titles).toEqual(["Phiên livestream đặc sản OCOP", `Triển lãm OCOP ${province}`, "Hội chợ OCOP Thủ đô"])
      expect(await page.locator(".event-card.live .live-badge").count()).toBe(1)
      expect(await page.locator(".event-card").first().locator(".event-when").textContent()).toContain(
        vi["events.vietnam_time"],
      )
      await page.screenshot({ path: `${shots}events-calendar.png`, fullPage: true })
      await context.close()
    })

    it("sells the featured products during a live session (screenshot), and says when an event starts", async () => {
      const context = await browser.newContext({ viewport: PHONE, locale: "vi-VN", javaScriptEnabled: false })
      const page = await context.newPage()
      await page.goto(`${stack.storefrontUrl}/events/phien-live-dac-san`)
      expect(await page.getByTestId("event-status").textContent()).toBe(vi["events.live_now"])
      expect(await page.locator(".live-product").count()).toBe(featured.length)
      await page.screenshot({ path: `${shots}live-session.png`, fullPage: true })
      // A community-tourism stay is booked for a date on its product page; goods go to the cart here.
      const stay = page.locator(".live-product").filter({ hasText: "Homestay" })
      expect(await stay.getByRole("link", { name: vi["tourism.slots.title"] }).count()).toBe(1)
      expect(await stay.getByRole("button").count()).toBe(0)
      await page.getByRole("button", { name: vi["cart.add"] }).first().click()
      await page.waitForURL(`${stack.storefrontUrl}/events/phien-live-dac-san`)
      expect(await page.locator(".cart-count").textContent()).toBe("(1)")

      await page.goto(`${stack.storefrontUrl}/events/hoi-cho-ocop-thu-do`)
      expect(await page.getByTestId("event-status").textContent()).toBe(vi["events.starts_later"])
      expect(await page.locator(".event-when time").first().getAttribute("datetime")).toMatch(/^\d{4}-\d\d-\d\dT/)
      expect(await page.locator(".live-buy").count()).toBe(0)
      expect((await page.goto(`${stack.storefrontUrl}/events/khong-co`))?.status()).toBe(404)
      await context.close()
    })

    it("lists the events on the admin's events page, with a form to create one", async () => {
      const context = await browser.newContext({ viewport: DESKTOP, locale: "vi-VN" })
      // The operator's admin speaks Vietnamese (its language setting, kept in the `lng` cookie).
      await context.addCookies([{ name: "lng", value: "vi", url: stack.backendUrl }])
      const page = await context.newPage()
      page.setDefaultTimeout(60_000)
      await page.goto(`${stack.backendUrl}/app/login`)
      await page.locator("input[name=email]").fill(stack.logins.admin.email)
      await page.locator("input[name=password]").fill(stack.logins.admin.password)
      await page.locator("button[type=submit]").click()
      await page.waitForURL(/\/app(?!\/login)/)
      await page.goto(`${stack.backendUrl}/app/events`)
      const rows = page.locator("[data-testid=events-table] tbody tr")
      await rows.first().waitFor()
      expect(await rows.allTextContents()).toEqual([
        expect.stringContaining("Phiên livestream đặc sản OCOP"),
        expect.stringContaining(`Triển lãm OCOP ${province}`),
        expect.stringContaining("Hội chợ OCOP Thủ đô"),
      ])
      expect(await page.getByTestId("event-form").locator("input").count()).toBeGreaterThanOrEqual(6)
      await page.screenshot({ path: `${shots}admin-events.png`, fullPage: true })

      // The other promotion pages of the admin: campaigns (with the one made above), gift boxes, tourism slots.
      // /app/campaigns is Medusa's own (promotion campaigns): the OCOP page lives beside it.
      await page.goto(`${stack.backendUrl}/app/ocop-campaigns`)
      await page.locator("[data-testid=campaigns-table] tbody tr").first().waitFor()
      expect(await page.locator("[data-testid=campaigns-table] tbody tr").first().textContent()).toContain(
        `Tuần lễ OCOP ${province}`,
      )
      await page.goto(`${stack.backendUrl}/app/gift-boxes`)
      await page.getByRole("heading", { name: "Hộp quà OCOP" }).waitFor()
      await page.goto(`${stack.backendUrl}/app/tourism`)
      await page.locator("[data-testid=tourism-table]").waitFor()
      await context.close()
    }, 120_000)
  })
})
