/**
 * Reviews from verified buyers end to end, in headless Chromium against the shared stack: a
 * cooperative's certified product is bought (store API, cash on delivery) and delivered (seller
 * API); in the browser the buyer writes a review in Vietnamese from the order page (a file that is
 * not a photo is refused with a sentence, nothing posted), the cooperative replies from its portal,
 * and the product page shows the review, the reply and the average in Vietnamese and in English,
 * with the rating in its JSON-LD.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { HANOI_ADDRESS, launchBrowser, type Browser, type Stack, backendClient, type BackendClient } from "@ocop/stack"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"
import { see, openPage } from "./helpers"
import { expectNoRawErrorText } from "./raw-error-text"
import { sharedStack } from "./shared-stack"
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
}
const BUYER = { email: `nguoimua.danhgia.${RUN}@example.vn` }
const REVIEW = {
  title: "Trà thơm, hậu ngọt",
  text: "Lá trà to, pha nước thứ ba vẫn đậm. Đóng gói cẩn thận, giao nhanh.",
}
const REPLY = "Cảm ơn chị Lan đã tin dùng trà của hợp tác xã!"

describe("a buyer reviews a delivered product; the producer replies; the product page shows both", () => {
  let stack: Stack
  let browser: Browser
  let client: BackendClient
  let handle = ""
  let orderId = ""

  const url = (path: string) => `${stack.storefrontUrl}${path}`

  async function newPage(locale = "vi-VN") {
    return (await openPage(browser, { locale })).page
  }

  beforeAll(async () => {
    stack = sharedStack()
    client = backendClient(stack)
    browser = await launchBrowser()
    // A cooperative with a certified, published product (seller API and admin API).
    const seller = await approvedSeller(client, {
      email: SELLER.email,
      password: PASSWORD,
      legal_name: "Hợp tác xã Trà Shan Tuyết Lũng Phìn",
      tax_code: SELLER.tax_code,
      address: { address_1: "Xã Lũng Phìn", province_code: "Tuyên Quang" },
      bank_account: { bank_name: "Agribank", account_number: "8300205654321", account_holder: "HTX TRA LUNG PHIN" },
    })
    const product = await certifiedProduct(
      client,
      seller,
      {
        title: SELLER.product,
        description: "Trà shan tuyết hái từ cây cổ thụ trên núi cao.",
        product_group: 2,
        variants: [{ title: "Gói 200 g", sku: `TRA-${RUN}`, price_vnd: 250000, stock: 50 }],
      },
      {
        total: 80,
        subgroup: "Đồ uống không cồn",
        province: "Tuyên Quang",
        decisionNumber: `${2000 + Number(RUN.slice(-3))}/QĐ-UBND`,
      },
    )
    handle = product.handle

    // The buyer's account and order, paid cash on delivery (store API), delivered by the cooperative.
    const buyer = await registeredCustomer(client, {
      email: BUYER.email,
      password: PASSWORD,
      first_name: "Lan",
      last_name: "Nguyễn Thị",
    })
    const order = await placeCashOrder(client, buyer, [{ variant_id: product.variants[0].id, quantity: 1 }], {
      ...HANOI_ADDRESS,
      last_name: "Nguyễn Thị",
    })
    orderId = order.id
    const part = await sellerPart(client, seller.token, order)
    await deliverPart(client, seller.token, part.id, "VNP55501234")
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
      const review = page.getByTestId("seller-review")
      await see(review).toContain(REVIEW.text)
      await see(review).toContain("Nguyễn Thị Lan")
      await review.getByLabel(vi["seller.reviews.reply"]).fill(REPLY)
      await review.getByRole("button", { name: vi["seller.reviews.send_reply"] }).click()
      await see(page.locator(".notice.success")).toBe(vi["seller.reviews.replied"])
      await see(page.getByTestId("seller-review").locator(".review-reply")).toContain(REPLY)
      expect(await page.locator(".reply-form").count()).toBe(0)
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
})
