/**
 * The operator's after-sales pages of Medusa's admin end to end, in Vietnamese and in English, in
 * headless Chromium against the shared stack (the BUILT backend, its admin at /app; run `npm run build`
 * first). Each journey's data is made through the API: a cooperative's certified
 * product bought and delivered, then a review, returns refused and escalated, a reported
 * conversation. The operator, with the admin's language set (the `lng` cookie, as its profile's
 * language setting keeps it), hides a review with a reason (the author then sees it hidden on the
 * order page and in the notification centre), decides two escalated returns (accepts one with
 * instructions, upholds the refusal of the other: the buyer sees each decision), and reads a
 * reported thread. No page, the admin's included, shows raw error text or a text of the other language.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendClient, type Browser, type Stack } from "@ocop/stack"
import { sharedBrowser, sharedStack } from "./shared-stack"
import { notificationText } from "@ocop/reference"
import type { Page } from "playwright-core"
import { en as marketplaceEn } from "@ocop/plugin-marketplace/admin/i18n/en"
import { vi as marketplaceVi } from "@ocop/plugin-marketplace/admin/i18n/vi"
import { en as messagesEn } from "@ocop/plugin-messages/admin/i18n/en"
import { vi as messagesVi } from "@ocop/plugin-messages/admin/i18n/vi"
import { en as reviewsEn } from "@ocop/plugin-reviews/admin/i18n/en"
import { vi as reviewsVi } from "@ocop/plugin-reviews/admin/i18n/vi"
import { intlLocale, translate, type Lang } from "../app/i18n"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"
import { openPage, see } from "./helpers"
import {
  approvedSeller,
  certifiedProduct,
  deliverPart,
  placeCashOrder,
  registeredCustomer,
  sellerPart,
  signInCustomer,
  servedImage,
  signInToAdmin,
} from "./setup"
import { expectNoRawErrorText } from "./raw-error-text"

const SLOW = 240_000
const PASSWORD = "mat-khau-sau-ban-hang"
const RUN = Date.now().toString().slice(-7)
const COOPERATIVE = {
  email: `htx.sauban.${RUN}@example.vn`,
  password: PASSWORD,
  legal_name: `Hợp tác xã Mật ong Mèo Vạc ${RUN}`,
  tax_code: `53${RUN}0`,
  address: { address_1: "Thôn Bản Phố, xã Bản Phố", province_code: "Lào Cai" },
  bank_account: { bank_name: "Agribank Lào Cai", account_number: `39${RUN}`, account_holder: "HTX MAT ONG MEO VAC" },
}
const PRODUCT = {
  title: `Mật ong bạc hà Mèo Vạc ${RUN}`,
  description: "Sản phẩm OCOP của hợp tác xã, làm theo cách truyền thống.",
  product_group: 1,
  variants: [{ title: "Hũ 500 g", sku: `MEOVAC-${RUN}`, price_vnd: 250_000, stock: 50 }],
}
const BUYER = { email: `nguoimua.sauban.${RUN}@example.vn`, password: PASSWORD, first_name: "Lan", last_name: "Nguyễn" }
const ACCOUNT = { bank: "Vietcombank", account_number: "0123456789", holder: "Nguyễn Thị Lan" }

/** An admin text with its {{placeholders}} filled (i18next's syntax, which Medusa's admin uses). */
const adminText = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]))

describe("the operator's after-sales pages in the admin", () => {
  let stack: Stack
  let browser: Browser
  let call: ReturnType<typeof backendClient>["call"]
  let client: ReturnType<typeof backendClient>
  let cooperative: { token: string; productId: string; variantId: string }
  let buyer: { email: string; token: string }
  let buyerToken = ""

  beforeAll(async () => {
    stack = sharedStack()
    browser = await sharedBrowser()
    client = backendClient(stack)
    call = client.call
    const seller = await approvedSeller(client, COOPERATIVE)
    const product = await certifiedProduct(
      client,
      seller,
      { ...PRODUCT, images: [await servedImage(client)] },
      {
        total: 80,
        subgroup: "Thực phẩm tươi sống",
        province: "Lào Cai",
        decisionNumber: `${20000 + Number(RUN.slice(-4))}/QĐ-UBND`,
      },
    )
    cooperative = { token: seller.token, productId: product.id, variantId: product.variants[0].id }
    buyer = await registeredCustomer(client, BUYER)
    buyerToken = buyer.token
  }, 2 * SLOW)

  afterAll(async () => {
    await browser?.close()
  })

  /** A delivered order of 2 jars of the cooperative's honey by the buyer: the order, its line and the cooperative's part. */
  const delivered = async () => {
    const order = await placeCashOrder(client, buyer, [{ variant_id: cooperative.variantId, quantity: 2 }])
    const part = await sellerPart(client, cooperative.token, order)
    await deliverPart(client, cooperative.token, part.id, `VNP${Date.now()}`)
    return { orderId: order.id, lineId: order.items[0].id, part }
  }

  describe.each(["vi", "en"] as Lang[])("with the admin in %s", (lang) => {
    const t = lang === "en" ? en : vi
    const r = (lang === "en" ? reviewsEn : reviewsVi).ocop_product_reviews
    const m = (lang === "en" ? marketplaceEn : marketplaceVi).ocop_returns
    const g = (lang === "en" ? messagesEn : messagesVi).ocop_message_reports
    const prefix = lang === "en" ? "/en" : ""
    const url = (path: string) => `${stack.storefrontUrl}${prefix}${path}`

    async function newPage() {
      return (
        await openPage(browser, { viewport: { width: 1440, height: 900 }, locale: intlLocale(lang), timeout: 30_000 })
      ).page
    }

    async function buyerPage() {
      const page = await newPage()
      await signInCustomer(page, stack.storefrontUrl, lang, BUYER)
      return page
    }

    /** The operator in the admin, on one of the plugins' pages opened from the menu. */
    async function operatorOn(menu: string, path: RegExp, title: string) {
      const page = await newPage()
      await signInToAdmin(page, stack, lang)
      await page.getByRole("link", { name: menu, exact: true }).first().click()
      await page.waitForURL(path)
      await see(page.getByRole("heading", { level: 1 })).toBe(title)
      return page
    }

    async function expectHeaders(page: Page, headers: string[]) {
      for (const header of headers)
        await see(page.getByRole("columnheader", { name: header, exact: true })).toBe(header)
    }

    it(
      "hides a review with a reason; the author sees it hidden on the order page and is told in the notification centre",
      async () => {
        const { orderId, lineId } = await delivered()
        const text = `Hũ mật bị vón đường, lần ${RUN}${lang}: bán hàng kém chất lượng, gọi 0912 000 111.`
        const { review } = await call<{ review: { id: string } }>("POST", "/store/ocop/reviews", buyerToken, {
          line_item_id: lineId,
          rating: 1,
          title: "Không hài lòng",
          text,
        })
        const reason = lang === "en" ? "Contains a phone number" : "Có số điện thoại cá nhân"

        const operator = await operatorOn(r.menu, /\/app\/reviews/, r.title)
        await expectHeaders(operator, [r.product, r.stars, r.content, r.author, r.date, r.status, r.actions])
        const row = operator.getByTestId(`review-${review.id}`)
        await see(row).toMatch(text)
        await see(row).toMatch(r.visible)
        await see(row).toMatch(PRODUCT.title)
        await expectNoRawErrorText(operator, lang)
        // Hiding needs a reason the author can read.
        await expect.poll(() => row.getByRole("button", { name: r.hide, exact: true }).isDisabled()).toBe(true)
        await row.getByLabel(r.reason).fill(reason)
        await row.getByRole("button", { name: r.hide, exact: true }).click()
        await see(operator.getByText(r.hidden_done, { exact: true })).toBe(r.hidden_done)
        await see(row).toMatch(r.hidden)
        await see(row).toMatch(reason)
        await see(row.getByRole("button", { name: r.unhide, exact: true })).toBe(r.unhide)
        await expectNoRawErrorText(operator, lang)
        await operator.context().close()

        const buyer = await buyerPage()
        await buyer.goto(url(`/orders/${orderId}`), { timeout: 60_000 })
        await see(buyer.getByTestId("review-done")).toMatch(translate(lang, "reviews.hidden", { reason }))
        await expectNoRawErrorText(buyer, lang)
        await buyer.goto(url("/account/notifications"))
        await see(buyer.locator('.notification-list li[data-kind="review.hidden"]')).toMatch(
          notificationText("review.hidden", { product_title: PRODUCT.title, reason }, lang),
        )
        await expectNoRawErrorText(buyer, lang)
        await buyer.context().close()
      },
      SLOW,
    )

    it(
      "decides two escalated returns, accepting one with instructions and upholding the refusal of the other; the buyer sees each decision",
      async () => {
        /** A return of one jar, refused by the cooperative, escalated by the buyer. */
        async function escalated() {
          const { orderId, lineId, part } = await delivered()
          const { return: asked } = await call<{ return: { id: string } }>(
            "POST",
            `/store/ocop/orders/${orderId}/returns`,
            buyerToken,
            {
              seller_order_id: part.id,
              reason: "damaged",
              note: "Hũ bị nứt khi nhận.",
              lines: [{ item_id: lineId, quantity: 1 }],
              refund_account: ACCOUNT,
            },
          )
          await call("POST", `/sellers/me/returns/${asked.id}/refuse`, cooperative.token, {
            reason: "Hũ còn nguyên khi giao cho bưu điện.",
          })
          await call("POST", `/store/ocop/orders/${orderId}/returns/${asked.id}/escalate`, buyerToken, {
            note: "Xin sàn xem ảnh hũ bị nứt.",
          })
          return { orderId, number: part.number }
        }
        const accepted = await escalated()
        const refused = await escalated()
        const instructions =
          lang === "en" ? "Post the jar back to the cooperative, order number on the box." : "Gửi hũ lại qua bưu điện."
        const acceptNote = lang === "en" ? "The photo shows the crack." : "Ảnh cho thấy hũ bị nứt."
        const refuseNote = lang === "en" ? "The jar left intact; the carrier is liable." : "Hũ còn nguyên khi gửi đi."

        const operator = await operatorOn(m.menu, /\/app\/seller-returns/, m.title)
        await expectHeaders(operator, [
          m.order,
          m.items,
          m.reason_header,
          m.sides,
          m.refund,
          m.status_header,
          m.actions,
        ])
        const first = operator.getByTestId(`seller-return-${accepted.number}`)
        await see(first).toMatch(m.status.escalated)
        await see(first).toMatch(m.reason.damaged)
        await see(first).toMatch(adminText(m.by_buyer, { text: "Xin sàn xem ảnh hũ bị nứt." }))
        await see(first).toMatch(lang === "en" ? "250,000 ₫" : "250.000 ₫")
        await expectNoRawErrorText(operator, lang)
        // Accepting without instructions is refused in words before anything is sent.
        await first.getByLabel(m.note, { exact: true }).fill(acceptNote)
        await first.getByRole("button", { name: m.accept, exact: true }).click()
        await see(operator.getByText(m.instructions_required, { exact: true })).toBe(m.instructions_required)
        await see(first).toMatch(m.status.escalated)
        await first.getByLabel(m.instructions, { exact: true }).fill(instructions)
        await first.getByRole("button", { name: m.accept, exact: true }).click()
        await see(operator.getByText(m.accepted_done, { exact: true })).toBe(m.accepted_done)
        // Decided: gone from the escalated requests.
        await expect.poll(() => operator.getByTestId(`seller-return-${accepted.number}`).count()).toBe(0)

        const second = operator.getByTestId(`seller-return-${refused.number}`)
        await second.getByLabel(m.note, { exact: true }).fill(refuseNote)
        await second.getByRole("button", { name: m.refuse, exact: true }).click()
        await see(operator.getByText(m.refused_done, { exact: true })).toBe(m.refused_done)
        await expect.poll(() => operator.getByTestId(`seller-return-${refused.number}`).count()).toBe(0)
        await expectNoRawErrorText(operator, lang)
        await operator.context().close()

        const buyer = await buyerPage()
        await buyer.goto(url(`/orders/${accepted.orderId}`), { timeout: 60_000 })
        await see(buyer.getByTestId("return-status")).toBe(t["returns.status.accepted_by_admin"])
        await see(buyer.getByTestId("return-instructions")).toBe(instructions)
        await see(buyer.getByTestId("return-request")).toMatch(acceptNote)
        await expectNoRawErrorText(buyer, lang)
        await buyer.goto(url(`/orders/${refused.orderId}`), { timeout: 60_000 })
        await see(buyer.getByTestId("return-status")).toBe(t["returns.status.closed"])
        await see(buyer.getByTestId("return-request")).toMatch(refuseNote)
        await expectNoRawErrorText(buyer, lang)
        await buyer.context().close()
      },
      SLOW,
    )

    it(
      "reads a conversation the buyer reported, every message in order, and nothing else",
      async () => {
        const question = `Mật ong có kết tinh không ạ? (${RUN}${lang})`
        const answer = "Mật ong bạc hà để lạnh sẽ kết tinh, vẫn dùng tốt."
        const reason = lang === "en" ? "The seller was rude" : "Người bán trả lời thiếu lịch sự"
        const { thread } = await call<{ thread: { id: string } }>("POST", "/store/messages/threads", buyerToken, {
          product_id: cooperative.productId,
          body: question,
        })
        await call("POST", `/sellers/me/messages/${thread.id}/messages`, cooperative.token, { body: answer })
        await call("POST", `/store/messages/threads/${thread.id}/report`, buyerToken, { reason })

        const operator = await operatorOn(g.menu, /\/app\/message-reports$/, g.title)
        await expectHeaders(operator, [g.reported_at, g.subject, g.seller, g.buyer, g.reporter, g.reason])
        const row = operator.locator("tbody tr", { hasText: reason })
        await see(row).toMatch(COOPERATIVE.legal_name)
        await see(row).toMatch(g.role.customer)
        await expectNoRawErrorText(operator, lang)
        await row.getByRole("link", { name: PRODUCT.title }).click()
        await operator.waitForURL(/\/app\/message-reports\/.+/)
        await see(operator.getByRole("heading", { level: 1 })).toBe(PRODUCT.title)
        await see(operator.getByTestId("message-report-header")).toMatch(`“${reason}”`)
        await see(operator.getByTestId("message-report-header")).toMatch(COOPERATIVE.legal_name)
        // The buyer's questions about one product are one conversation: this run's two messages are its last.
        const messages = operator.getByTestId("message-report-messages").locator("li")
        await expect.poll(() => messages.count()).toBeGreaterThanOrEqual(2)
        const count = await messages.count()
        await see(messages.nth(count - 2)).toMatch(question)
        await see(messages.nth(count - 2)).toMatch(g.role.customer)
        await see(messages.nth(count - 1)).toMatch(answer)
        await see(messages.nth(count - 1)).toMatch(g.role.seller)
        await expectNoRawErrorText(operator, lang)
        await operator.getByRole("link", { name: g.back }).click()
        await operator.waitForURL(/\/app\/message-reports$/)
        await operator.context().close()
      },
      SLOW,
    )
  })
})
