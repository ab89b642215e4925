/**
 * Reviews from verified buyers end to end, in headless Chromium against the shared stack: a
 * cooperative's certified product is bought (store API, cash on delivery) and delivered (seller
 * API); in the browser the buyer writes a review in Vietnamese from the order page (a file that is
 * not a photo is refused with a sentence, nothing posted), the cooperative replies from its portal,
 * and the product page shows the review, the reply and the average in Vietnamese and in English,
 * with the rating in its JSON-LD.
 */
import { randomBytes } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchBrowser, type Browser, type Stack, backendClient, type BackendClient } from "@ocop/stack"
import { scoresForTotal } from "@ocop/plugin-ocop/rules"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"
import { see, openPage } from "./helpers"
import { expectNoRawErrorText } from "./raw-error-text"
import { sharedStack } from "./shared-stack"

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
  let call: BackendClient["call"]
  let handle = ""
  let orderId = ""

  const url = (path: string) => `${stack.storefrontUrl}${path}`

  async function newPage(locale = "vi-VN") {
    return (await openPage(browser, { locale })).page
  }

  beforeAll(async () => {
    process.env.SESSION_SECRET ??= randomBytes(32).toString("hex")
    stack = sharedStack()
    call = backendClient(stack).call
    browser = await launchBrowser()
    const admin = (await call<{ token: string }>("POST", "/auth/user/emailpass", null, stack.logins.admin)).token

    // A cooperative with a certified, published product (seller API and admin API).
    const registration = (
      await call<{ token: string }>("POST", "/auth/seller/emailpass/register", null, {
        email: SELLER.email,
        password: PASSWORD,
      })
    ).token
    const { seller } = await call<{ seller: { id: string } }>("POST", "/sellers", registration, {
      legal_name: "Hợp tác xã Trà Shan Tuyết Lũng Phìn",
      type: "cooperative",
      tax_code: SELLER.tax_code,
      email: SELLER.email,
      phone: "0912 345 678",
      address: { address_1: "Xã Lũng Phìn", province_code: "Tuyên Quang" },
      bank_account: { bank_name: "Agribank", account_number: "8300205654321", account_holder: "HTX TRA LUNG PHIN" },
    })
    await call("POST", `/admin/sellers/${seller.id}/approve`, admin)
    const sellerToken = (
      await call<{ token: string }>("POST", "/auth/seller/emailpass", null, { email: SELLER.email, password: PASSWORD })
    ).token
    const { product } = await call<{ product: { id: string; handle: string; variants: { id: string }[] } }>(
      "POST",
      "/sellers/me/products",
      sellerToken,
      {
        title: SELLER.product,
        description: "Trà shan tuyết hái từ cây cổ thụ trên núi cao.",
        product_group: 2,
        variants: [{ title: "Gói 200 g", sku: `TRA-${RUN}`, price_vnd: 250000, stock: 50 }],
      },
    )
    handle = product.handle
    const { seller: detail } = await call<{ seller: { ocop_subject: { id: string } } }>(
      "GET",
      `/admin/sellers/${seller.id}`,
      admin,
    )
    await call("POST", "/admin/ocop/certificates", admin, {
      evaluation: {
        subject_id: detail.ocop_subject.id,
        product_id: product.id,
        product_group: 2,
        subgroup: "Đồ uống không cồn",
        scores: scoresForTotal(80),
        mandatory_unmet: [],
        council: "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Tuyên Quang",
        evaluated_at: "2026-09-01",
      },
      decision_number: `${2000 + Number(RUN.slice(-3))}/QĐ-UBND`,
      decision_date: "2026-09-15",
      authority_level: "province",
      authority_name: "UBND tỉnh Tuyên Quang",
    })
    await call("POST", `/sellers/me/products/${product.id}/publish`, sellerToken)

    // The buyer's account and order, paid cash on delivery (store API), delivered by the cooperative.
    const registered = (
      await call<{ token: string }>("POST", "/auth/customer/emailpass/register", null, {
        email: BUYER.email,
        password: PASSWORD,
      })
    ).token
    await call("POST", "/store/customers", registered, {
      email: BUYER.email,
      first_name: "Lan",
      last_name: "Nguyễn Thị",
    })
    const buyer = (
      await call<{ token: string }>("POST", "/auth/customer/emailpass", null, {
        email: BUYER.email,
        password: PASSWORD,
      })
    ).token
    const { regions } = await call<{ regions: { id: string; countries: { iso_2: string }[] }[] }>(
      "GET",
      "/store/regions",
      null,
    )
    const region = regions.find((r) => r.countries.some((c) => c.iso_2 === "vn"))!
    const address = {
      first_name: "Lan",
      last_name: "Nguyễn Thị",
      address_1: "12 Hàng Bạc",
      city: "Hà Nội",
      province: "Hà Nội",
      country_code: "vn",
      postal_code: "100000",
      phone: "0912345678",
    }
    const { cart } = await call<{ cart: { id: string } }>("POST", "/store/carts", buyer, {
      region_id: region.id,
      email: BUYER.email,
      items: [{ variant_id: product.variants[0].id, quantity: 1 }],
      shipping_address: address,
      billing_address: address,
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
    const completed = await call<{ type: string; order: { id: string } }>(
      "POST",
      `/store/carts/${cart.id}/complete`,
      buyer,
    )
    orderId = completed.order.id
    let part: { id: string } | undefined
    for (let attempt = 0; attempt < 50 && !part; attempt++) {
      part = (await call<{ orders: { id: string }[] }>("GET", "/sellers/me/orders", sellerToken)).orders[0]
      if (!part) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    for (const step of ["accept", "pack"]) await call("POST", `/sellers/me/orders/${part!.id}/${step}`, sellerToken)
    await call("POST", `/sellers/me/orders/${part!.id}/ship`, sellerToken, { tracking_number: "VNP55501234" })
    await call("POST", `/sellers/me/orders/${part!.id}/deliver`, sellerToken)
  }, SLOW * 2)

  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
  })

  it(
    "the buyer writes a review in Vietnamese from the order page; a file that is not a photo is refused in a sentence",
    async () => {
      const page = await newPage()
      await page.goto(url("/account/login"))
      await page.getByLabel(vi["checkout.email"]).fill(BUYER.email)
      await page.getByLabel(vi["account.password"]).fill(PASSWORD)
      await page.getByRole("button", { name: vi["account.sign_in"] }).click()
      await page.waitForURL(/\/account$/)

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
      await page.goto(url("/seller/login"))
      await page.getByLabel(vi["checkout.email"]).fill(SELLER.email)
      await page.getByLabel(vi["account.password"]).fill(PASSWORD)
      await page.getByRole("button", { name: vi["seller.sign_in"] }).click()
      await page.waitForURL(url("/seller"))
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
