/**
 * Reviews from verified buyers end to end, in headless Chromium against the shared stack: a
 * cooperative's certified product is bought (store API, cash on delivery) and delivered (seller
 * API); in the browser the buyer writes a review in Vietnamese from the order page (a file that is
 * not a photo is refused with a sentence, nothing posted), the cooperative replies from its portal,
 * and the product page shows the review, the reply and the average in Vietnamese and in English,
 * with the rating in its JSON-LD. The author then edits the review from the same order page (without
 * JavaScript; stars, title, photos added and removed, one photo too many refused in words); a
 * product with twelve reviews shows five and links to all of them, paged and ordered; campaign and
 * live-session cards carry the rating.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { HANOI_ADDRESS, type Browser, type Stack, backendClient, type BackendClient } from "@ocop/stack"
import sharp from "sharp"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"
import { see, openPage } from "./helpers"
import { expectNoRawErrorText } from "./raw-error-text"
import { sharedBrowser, sharedStack } from "./shared-stack"
import {
  approvedSeller,
  certifiedProduct,
  deliverPart,
  placeCashOrder,
  registeredCustomer,
  sellerPart,
  signInCustomer,
  signInSeller,
} from "./setup"

const SLOW = 240_000
const PASSWORD = "mat-khau-danh-gia-1"
const RUN = Date.now().toString().slice(-7)
const SELLER = {
  email: `htx.danhgia.${RUN}@example.vn`,
  tax_code: `48${RUN}0`,
  product: "Trà shan tuyết cổ thụ Hà Giang",
  many: `Trà xanh móc câu Tân Cương ${RUN}`,
}
/** Reviews of the second tea: more than the product page shows (5), more than a page of all reviews (10). */
const MANY = 12
const BUYER = { email: `nguoimua.danhgia.${RUN}@example.vn` }
const REVIEW = {
  title: "Trà thơm, hậu ngọt",
  text: "Lá trà to, pha nước thứ ba vẫn đậm. Đóng gói cẩn thận, giao nhanh.",
}
const REPLY = "Cảm ơn chị Lan đã tin dùng trà của hợp tác xã!"
const EDITED = {
  title: "Trà thơm, hậu ngọt, mua lần hai",
  text: "Mua lần hai vẫn thơm như lần đầu. Thêm ảnh hộp trà.",
}
const HOUR = 3_600_000
const DAY = 24 * HOUR

describe("a buyer reviews a delivered product; the producer replies; the product page shows both", () => {
  let stack: Stack
  let browser: Browser
  let client: BackendClient
  let handle = ""
  let manyHandle = ""
  let manyId = ""
  let orderId = ""
  let subjectId = ""

  const url = (path: string) => `${stack.storefrontUrl}${path}`

  async function newPage(locale = "vi-VN") {
    return (await openPage(browser, { locale })).page
  }

  beforeAll(async () => {
    stack = sharedStack()
    client = backendClient(stack)
    browser = await sharedBrowser()
    // A cooperative with two certified, published teas (seller API and admin API).
    const seller = await approvedSeller(client, {
      email: SELLER.email,
      password: PASSWORD,
      legal_name: "Hợp tác xã Trà Shan Tuyết Lũng Phìn",
      tax_code: SELLER.tax_code,
      address: { address_1: "Xã Lũng Phìn", province_code: "Tuyên Quang" },
      bank_account: { bank_name: "Agribank", account_number: "8300205654321", account_holder: "HTX TRA LUNG PHIN" },
    })
    subjectId = seller.subjectId
    const tea = (title: string, variants: { title: string; sku: string; price_vnd: number; stock: number }[]) => ({
      title,
      description: "Trà shan tuyết hái từ cây cổ thụ trên núi cao.",
      product_group: 2,
      variants,
    })
    const certification = (decision: number) => ({
      total: 80,
      subgroup: "Đồ uống không cồn",
      province: "Tuyên Quang",
      decisionNumber: `${decision}/QĐ-UBND`,
    })
    const product = await certifiedProduct(
      client,
      seller,
      tea(SELLER.product, [{ title: "Gói 200 g", sku: `TRA-${RUN}`, price_vnd: 250000, stock: 50 }]),
      certification(2000 + Number(RUN.slice(-3))),
    )
    handle = product.handle
    // The second tea comes in twelve packs, each bought and reviewed once by another buyer.
    const many = await certifiedProduct(
      client,
      seller,
      tea(
        SELLER.many,
        Array.from({ length: MANY }, (_, i) => ({
          title: `Hộp số ${i + 1}`,
          sku: `TRA-NHIEU-${RUN}-${i + 1}`,
          price_vnd: 90000,
          stock: 20,
        })),
      ),
      certification(3000 + Number(RUN.slice(-3))),
    )
    manyHandle = many.handle
    manyId = many.id

    /** A buyer's order of these variants, paid cash on delivery (store API), delivered by the cooperative. */
    const delivered = async (buyer: { token: string; email: string }, variantIds: string[], last_name: string) => {
      const order = await placeCashOrder(
        client,
        buyer,
        variantIds.map((variant_id) => ({ variant_id, quantity: 1 })),
        { ...HANOI_ADDRESS, last_name },
      )
      const part = await sellerPart(client, seller.token, order)
      await deliverPart(client, seller.token, part.id, "VNP55501234")
      return order.id
    }

    // The buyer's order of the first tea, delivered: the browser reviews it.
    const buyer = await registeredCustomer(client, {
      email: BUYER.email,
      password: PASSWORD,
      first_name: "Lan",
      last_name: "Nguyễn Thị",
    })
    orderId = await delivered(buyer, [product.variants[0].id], "Nguyễn Thị")

    // Another buyer's order of the twelve packs, delivered and reviewed through the store API (1 to 5 stars in turn).
    const other = await registeredCustomer(client, {
      email: `nguoimua.nhieu.${RUN}@example.vn`,
      password: PASSWORD,
      first_name: "Hùng",
      last_name: "Phạm",
    })
    await delivered(
      other,
      many.variants.map((variant) => variant.id),
      "Phạm",
    )
    const { lines } = await client.call<{ lines: { line_item_id: string; variant_title: string }[] }>(
      "GET",
      "/store/customers/me/reviews",
      other.token,
    )
    for (let i = 0; i < MANY; i++) {
      const line = lines.find((l) => l.variant_title === `Hộp số ${i + 1}`)!
      await client.call("POST", "/store/ocop/reviews", other.token, {
        line_item_id: line.line_item_id,
        rating: (i % 5) + 1,
        title: `Đánh giá hộp số ${i + 1}`,
      })
    }
  }, SLOW * 2)

  afterAll(async () => {
    await browser?.close()
  })

  it(
    "the buyer writes a review in Vietnamese from the order page; a file that is not a photo is refused in a sentence",
    async () => {
      const page = await newPage()
      await signInCustomer(page, stack.storefrontUrl, "vi", { email: BUYER.email, password: PASSWORD })

      await page.goto(url(`/orders/${orderId}`))
      const form = page.getByTestId("review-form")
      await see(form.locator("h3")).toContain(SELLER.product)
      await form.getByLabel(vi["reviews.stars"].replace("{stars}", "4"), { exact: true }).check()
      await form.getByLabel(vi["reviews.review_title"]).fill(REVIEW.title)
      await form.getByLabel(vi["reviews.text"]).fill(REVIEW.text)
      await form.getByLabel(vi["reviews.photos"]).setInputFiles({
        name: "ảnh trà.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.from("đây không phải là ảnh"),
      })
      await form.getByRole("button", { name: vi["reviews.submit"] }).click()
      await see(page.getByTestId("review-form").locator(".notice.error")).toBe(vi["refusal.image"])
      await expectNoRawErrorText(page, "vi")

      const again = page.getByTestId("review-form")
      await again.getByLabel(vi["reviews.stars"].replace("{stars}", "4"), { exact: true }).check()
      await again.getByLabel(vi["reviews.review_title"]).fill(REVIEW.title)
      await again.getByLabel(vi["reviews.text"]).fill(REVIEW.text)
      // The browser keeps the refused file chosen: the buyer removes it
      await again.getByLabel(vi["reviews.photos"]).setInputFiles([])
      await again.getByRole("button", { name: vi["reviews.submit"] }).click()
      await see(page.locator(".order-reviews .notice.success")).toBe(vi["reviews.sent"])
      await see(page.getByTestId("review-done")).toContain(vi["reviews.yours"].replace("{stars}", "4"))
      await expectNoRawErrorText(page, "vi")
      await page.context().close()
    },
    SLOW,
  )

  it(
    "the cooperative replies once from its portal",
    async () => {
      const page = await newPage()
      await signInSeller(page, stack.storefrontUrl, "vi", { email: SELLER.email, password: PASSWORD })
      await page.getByRole("link", { name: vi["seller.reviews"], exact: true }).click()
      // The buyer's review among the cooperative's (the twelve of its other tea besides).
      const review = page.getByTestId("seller-review").filter({ hasText: REVIEW.text })
      await see(review).toContain(REVIEW.text)
      await see(review).toContain("Nguyễn Thị Lan")
      await review.getByLabel(vi["seller.reviews.reply"]).fill(REPLY)
      await review.getByRole("button", { name: vi["seller.reviews.send_reply"] }).click()
      await see(page.locator(".notice.success")).toBe(vi["seller.reviews.replied"])
      const replied = page.getByTestId("seller-review").filter({ hasText: REVIEW.text })
      await see(replied.locator(".review-reply")).toContain(REPLY)
      expect(await replied.locator(".reply-form").count()).toBe(0)
      await expectNoRawErrorText(page, "vi")
      await page.context().close()
    },
    SLOW,
  )

  it(
    "the product page shows the review, the reply and the average in Vietnamese and English, and in its JSON-LD",
    async () => {
      for (const [lang, t, path] of [
        ["vi", vi, `/products/${handle}`],
        ["en", en, `/en/products/${handle}`],
      ] as const) {
        const page = await newPage(lang === "en" ? "en-US" : "vi-VN")
        await page.goto(url(path))
        const section = page.getByTestId("product-reviews")
        await see(section.locator("h2")).toBe(t["reviews.title"])
        const average = lang === "en" ? "4/5 · 1 review" : "4/5 · 1 đánh giá"
        await see(section.getByTestId("rating-line")).toContain(average)
        await see(page.locator(".summary").getByTestId("rating-line")).toContain(average)
        const shown = section.getByTestId("review")
        await see(shown).toContain(REVIEW.title)
        await see(shown).toContain(REVIEW.text)
        await see(shown).toContain("Nguyễn Thị Lan")
        await see(shown.getByTestId("review-reply")).toContain(t["reviews.reply_from_producer"])
        await see(shown.getByTestId("review-reply")).toContain(REPLY)
        expect(await page.content()).not.toContain(BUYER.email)
        const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
        const product = scripts.flatMap((text) => [JSON.parse(text)].flat()).find((item) => item["@type"] === "Product")
        expect(product.aggregateRating).toMatchObject({ "@type": "AggregateRating", ratingValue: 4, reviewCount: 1 })
        expect(product.review).toEqual([
          expect.objectContaining({
            "@type": "Review",
            reviewRating: expect.objectContaining({ ratingValue: 4 }),
            author: { "@type": "Person", name: "Nguyễn Thị Lan" },
            reviewBody: REVIEW.text,
          }),
        ])
        await expectNoRawErrorText(page, lang)
        await page.context().close()
      }
    },
    SLOW,
  )

  /** A photo of the tea (a real JPEG, as a phone gives it). */
  const teaPhoto = async (name: string, colour: { r: number; g: number; b: number }) => ({
    name,
    mimeType: "image/jpeg",
    buffer: await sharp({ create: { width: 320, height: 240, channels: 3, background: colour } })
      .jpeg()
      .toBuffer(),
  })

  async function signedInBuyer(options: { locale?: string; javaScriptEnabled?: boolean }) {
    const { page } = await openPage(browser, options)
    await page.goto(url("/account/login"))
    await page.getByLabel(vi["checkout.email"]).fill(BUYER.email)
    await page.getByLabel(vi["account.password"]).fill(PASSWORD)
    await page.getByRole("button", { name: vi["account.sign_in"] }).click()
    await page.waitForURL(/\/account$/)
    return page
  }

  it(
    "the author edits the review without JavaScript: stars, title and photos; one photo too many is refused in a sentence",
    async () => {
      const page = await signedInBuyer({ javaScriptEnabled: false })
      await page.goto(url(`/orders/${orderId}`))
      const done = page.getByTestId("review-done")
      await done.getByText(vi["reviews.edit"]).click()
      const form = done.getByTestId("review-edit-form")
      // The form opens with the review as it is.
      expect(await form.getByLabel(vi["reviews.review_title"]).inputValue()).toBe(REVIEW.title)
      expect(await form.getByLabel(vi["reviews.stars"].replace("{stars}", "4"), { exact: true }).isChecked()).toBe(true)
      await form.getByLabel(vi["reviews.stars"].replace("{stars}", "5"), { exact: true }).check()
      await form.getByLabel(vi["reviews.review_title"]).fill(EDITED.title)
      await form
        .getByLabel(vi["reviews.add_photos"])
        .setInputFiles([
          await teaPhoto("ấm trà.jpg", { r: 120, g: 160, b: 60 }),
          await teaPhoto("búp trà.jpg", { r: 60, g: 120, b: 40 }),
          await teaPhoto("nước trà.jpg", { r: 200, g: 170, b: 60 }),
        ])
      await form.getByRole("button", { name: vi["reviews.save"] }).click()
      await see(page.locator(".order-reviews .notice.success")).toBe(vi["reviews.saved"])
      await see(page.getByTestId("review-done")).toContain(vi["reviews.yours"].replace("{stars}", "5"))
      await expectNoRawErrorText(page, "vi")

      // Three kept and two more is over the limit of four: refused in words, nothing changed.
      await page.getByTestId("review-done").getByText(vi["reviews.edit"]).click()
      const again = page.getByTestId("review-edit-form")
      expect(await again.locator("input[name=remove_photos]").count()).toBe(3)
      await again
        .getByLabel(vi["reviews.add_photos"])
        .setInputFiles([
          await teaPhoto("hộp trà.jpg", { r: 150, g: 90, b: 40 }),
          await teaPhoto("lá trà.jpg", { r: 90, g: 150, b: 40 }),
        ])
      await again.getByRole("button", { name: vi["reviews.save"] }).click()
      await see(page.getByTestId("review-edit-form").locator(".notice.error")).toBe(vi["reviews.error.photos_limit"])
      await expectNoRawErrorText(page, "vi")
      await page.goto(url(`/orders/${orderId}`))
      expect(await page.getByTestId("review-edit-form").locator("input[name=remove_photos]").count()).toBe(3)
      await page.context().close()
    },
    SLOW,
  )

  it(
    "in English the author removes a photo and adds another; the product page shows the review as edited",
    async () => {
      const page = await signedInBuyer({ locale: "en-US" })
      await page.goto(url(`/en/orders/${orderId}`))
      const done = page.getByTestId("review-done")
      await done.getByText(en["reviews.edit"]).click()
      const form = done.getByTestId("review-edit-form")
      const ids = await form
        .locator("input[name=remove_photos]")
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
      expect(ids).toHaveLength(3)
      await form.getByLabel(en["reviews.remove_photo"].replace("{number}", "1"), { exact: true }).check()
      await form.getByLabel(en["reviews.text"]).fill(EDITED.text)
      await form
        .getByLabel(en["reviews.add_photos"])
        .setInputFiles([await teaPhoto("tea box.jpg", { r: 150, g: 90, b: 40 })])
      await form.getByRole("button", { name: en["reviews.save"] }).click()
      await see(page.locator(".order-reviews .notice.success")).toBe(en["reviews.saved"])
      const kept = await page
        .getByTestId("review-edit-form")
        .locator("input[name=remove_photos]")
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
      expect(kept).toHaveLength(3)
      expect(kept.slice(0, 2)).toEqual(ids.slice(1))
      expect(kept).not.toContain(ids[0])
      await expectNoRawErrorText(page, "en")

      for (const [lang, t, path] of [
        ["en", en, `/en/products/${handle}`],
        ["vi", vi, `/products/${handle}`],
      ] as const) {
        await page.goto(url(path))
        const shown = page.getByTestId("product-reviews").getByTestId("review")
        await see(shown).toContain(EDITED.title)
        await see(shown).toContain(EDITED.text)
        expect(await shown.locator(".review-photos img").count()).toBe(3)
        await see(page.getByTestId("product-reviews").getByTestId("rating-line")).toContain(
          lang === "en" ? "5/5 · 1 review" : "5/5 · 1 đánh giá",
        )
        expect(await page.getByTestId("all-reviews").count()).toBe(0)
        await see(page.getByTestId("product-reviews").locator("h2")).toBe(t["reviews.title"])
        await expectNoRawErrorText(page, lang)
      }
      await page.context().close()
    },
    SLOW,
  )

  it(
    "the product page shows the newest five and links to all reviews, paged and ordered without JavaScript, in Vietnamese and English",
    async () => {
      const { page } = await openPage(browser, { javaScriptEnabled: false })
      await page.goto(url(`/products/${manyHandle}`))
      const section = page.getByTestId("product-reviews")
      await see(section.getByTestId("rating-line")).toContain(`${MANY} đánh giá`)
      expect(await section.getByTestId("review").count()).toBe(5)
      await see(section.getByTestId("review")).toContain(`Đánh giá hộp số ${MANY}`)
      const all = page.getByTestId("all-reviews")
      await see(all).toBe(vi["reviews.all"].replace("{count}", String(MANY)))
      await all.click()
      await page.waitForURL(url(`/products/${manyHandle}/reviews`))
      await see(page.locator("h1")).toBe(vi["reviews.page_title"].replace("{product}", SELLER.many))
      const reviews = page.getByTestId("review")
      expect(await reviews.count()).toBe(10)
      await see(reviews).toContain(`Đánh giá hộp số ${MANY}`)
      await see(page.locator(".pagination")).toContain(
        vi["listing.page_of"].replace("{page}", "1").replace("{pages}", "2"),
      )
      await page.getByRole("link", { name: vi["listing.next"] }).click()
      await page.waitForURL(/\?page=2$/)
      expect(await page.getByTestId("review").count()).toBe(MANY - 10)
      await see(page.getByTestId("review").last()).toContain("Đánh giá hộp số 1")
      // Fewest stars first: the order is kept across pages.
      await page.getByRole("link", { name: vi["reviews.sort.lowest"] }).click()
      await page.waitForURL(/\?sort=lowest$/)
      await see(page.getByTestId("review").first().locator(".visually-hidden")).toBe(
        vi["reviews.stars"].replace("{stars}", "1"),
      )
      await page.getByRole("link", { name: vi["listing.next"] }).click()
      await page.waitForURL(/\?sort=lowest&page=2$/)
      await see(page.getByTestId("review").first().locator(".visually-hidden")).toBe(
        vi["reviews.stars"].replace("{stars}", "5"),
      )
      await expectNoRawErrorText(page, "vi")

      await page.goto(url(`/en/products/${manyHandle}`))
      await see(page.getByTestId("all-reviews")).toBe(`See all ${MANY} reviews`)
      await page.getByTestId("all-reviews").click()
      await page.waitForURL(url(`/en/products/${manyHandle}/reviews`))
      await see(page.locator("h1")).toBe(en["reviews.page_title"].replace("{product}", SELLER.many))
      await see(page.locator(".pagination")).toContain(
        en["listing.page_of"].replace("{page}", "1").replace("{pages}", "2"),
      )
      await page.getByRole("link", { name: en["listing.next"] }).click()
      expect(await page.getByTestId("review").count()).toBe(MANY - 10)
      await expectNoRawErrorText(page, "en")
      expect((await page.goto(url(`/products/khong-co-${RUN}/reviews`)))?.status()).toBe(404)
      await page.context().close()
    },
    SLOW,
  )

  it(
    "campaign and live-session cards show the rating like the listing's, in Vietnamese and English",
    async () => {
      const { admin } = backendClient(stack)
      await admin("POST", "/admin/ocop/campaigns", {
        name: `Tuần trà Tuyên Quang ${RUN}`,
        identifier: `tuan-tra-${RUN}`,
        description: "Giảm 5% trà của hợp tác xã.",
        starts_at: new Date(Date.now() - DAY).toISOString(),
        ends_at: new Date(Date.now() + 5 * DAY).toISOString(),
        discount: { type: "percentage", value: 5 },
        budget: { type: "spend", limit: 5_000_000 },
        rules: { producer_ids: [subjectId] },
      })
      await admin("POST", "/admin/ocop/events", {
        handle: `phien-live-tra-${RUN}`,
        title: `Phiên live trà Lũng Phìn ${RUN}`,
        kind: "live",
        starts_at: new Date(Date.now() - HOUR).toISOString(),
        ends_at: new Date(Date.now() + 2 * HOUR).toISOString(),
        stream_url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        province: "Tuyên Quang",
        product_ids: [manyId],
      })
      for (const [lang, prefix] of [
        ["vi", ""],
        ["en", "/en"],
      ] as const) {
        const count = lang === "en" ? `${MANY} reviews` : `${MANY} đánh giá`
        const { page } = await openPage(browser, { locale: lang === "en" ? "en-US" : "vi-VN" })
        await page.goto(url(`${prefix}/campaigns/tuan-tra-${RUN}`))
        const card = page.locator(".product-card").filter({ hasText: SELLER.many })
        await see(card.getByTestId("rating-line")).toContain(count)
        await expectNoRawErrorText(page, lang)
        await page.goto(url(`${prefix}/events/phien-live-tra-${RUN}`))
        const live = page.locator(".live-product").filter({ hasText: SELLER.many })
        await see(live.getByTestId("rating-line")).toContain(count)
        await expectNoRawErrorText(page, lang)
        await page.context().close()
      }
    },
    SLOW,
  )
})
