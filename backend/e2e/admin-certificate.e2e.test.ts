/**
 * The OCOP officer's flow in the real admin (built backend, Debian's chromium): log in, open a
 * product without a valid certificate, issue one through the score sheet, see the stars computed
 * live before submitting, then find the certificate on the certificates page and filter by stars.
 */
import { mkdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { launchBrowser, startStack, type Browser, type Page, type Stack } from "@ocop/stack"
import { en as adminEn } from "@ocop/plugin-ocop/admin/i18n/en"
import { vi as adminVi } from "@ocop/plugin-ocop/admin/i18n/vi"
import { ruleSentence, type RuleLang } from "@ocop/reference"
import { vi as searchVi } from "@ocop/plugin-search/admin/i18n/vi"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { expectNoRawErrorText } from "../../storefront/e2e/raw-error-text"

const RESULTS = join(__dirname, "..", "test-results")
const DECISION_NUMBER = "1898/QĐ-UBND"
const TARGET_TOTAL = 72.5

type Json = Record<string, any>
type Locator = ReturnType<Page["locator"]>

/** A day in Vietnam (UTC+7, no daylight saving), `days` from today. */
function vnDay(days = 0) {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)
}

/** The day in Vietnam of an instant. */
function vnDayOf(instant: string) {
  return new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 10)
}

/**
 * Points per criterion adding up exactly to `total` (a multiple of 0.25), each within its maximum:
 * in proportion to the criterion's maximum, in quarter points, the rest spread one quarter at a time.
 */
function scoresFor(parts: { code: string; criteria: { code: string; max: number }[] }[], total: number) {
  const criteria = parts.flatMap((part) => part.criteria)
  const max = criteria.reduce((sum, c) => sum + c.max, 0)
  const quarters = criteria.map((c) => Math.floor((c.max * total * 4) / max))
  let left = Math.round(total * 4) - quarters.reduce((a, b) => a + b, 0)
  for (let i = 0; left > 0; i = (i + 1) % criteria.length) {
    if (quarters[i] < criteria[i].max * 4) {
      quarters[i]++
      left--
    }
  }
  return Object.fromEntries(criteria.map((c, i) => [c.code, quarters[i] / 4]))
}

describe("admin: issue an OCOP certificate from the product page", () => {
  /** The certificate form's texts as the officer's admin shows them in Vietnamese. */
  const formText = adminVi.ocop_certificate_form
  let stack: Stack
  let browser: Browser
  let token: string
  let productId: string
  let productTitle: string

  const api = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await fetch(`${stack.backendUrl}${path}`, {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const body = (await response.json().catch(() => ({}))) as Json
    if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} → ${response.status}: ${JSON.stringify(body)}`)
    return body
  }

  /** Signs the demo officer in to the admin. */
  const signIn = async (page: Page) => {
    await page.goto(`${stack.backendUrl}/app/login`)
    await page.locator('input[name="email"]').fill(stack.logins.admin.email)
    await page.locator('input[name="password"]').fill(stack.logins.admin.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })
  }

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true })
    stack = await startStack({ mode: "test", quiet: true, seedProducts: 12, builtBackend: true })
    const auth = await fetch(`${stack.backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(stack.logins.admin),
    })
    expect(auth.status).toBe(200)
    token = ((await auth.json()) as Json).token

    // The seed certifies every product: revoke one so that it has no valid certificate.
    const { certificates } = await api("/admin/ocop/certificates?status=valid&stars=3,5&limit=1")
    expect(certificates.length).toBe(1)
    const certificate = certificates[0]
    productId = certificate.product_id
    productTitle = certificate.product?.title ?? ""
    await api(`/admin/ocop/certificates/${certificate.id}/revoke`, {
      method: "POST",
      body: { reason: "Kiểm thử e2e: thu hồi để cấp lại (e2e test)" },
    })
    const ocop = await api(`/admin/products/${productId}/ocop`)
    expect(ocop.current).toBeNull()

    browser = await launchBrowser()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
  })

  type Recorded = { decision_number: string; authority_name: string; decision_date: string }
  /** A certificate the seed recorded, whose decision number another decision may not reuse. */
  let recorded: Recorded | undefined
  const recordedDecision = async () => {
    if (recorded) return recorded
    const { certificates } = await api("/admin/ocop/certificates?limit=1")
    expect(certificates[0].decision_number).not.toBe(DECISION_NUMBER)
    recorded = certificates[0] as Recorded
    return recorded
  }

  /**
   * The form submitted with a decision that reuses a recorded number and is dated in two days: the
   * server refuses both, and the form says each broken rule next to its field and in its summary,
   * in the admin's language, with its facts (the days, the number, the issuer), never the API's
   * developer text; nothing typed is lost. Both languages take this one pass.
   */
  const expectTwoRefusals = async (
    page: Page,
    form: Locator,
    { lang, taken, scores }: { lang: RuleLang; taken: Recorded; scores: Record<string, number> },
  ) => {
    await form.getByTestId("certificate-submit").click()
    await form.getByTestId("server-error").waitFor({ state: "visible" })
    const facts = { date: vnDay(2), today: vnDay(0) }
    const sameFacts = {
      decision_number: taken.decision_number,
      authority: taken.authority_name,
      recorded_date: vnDayOf(taken.decision_date),
    }
    const [future, sameDecision] = [
      ruleSentence({ field: "decision_date", rule: "future", params: facts }, lang),
      ruleSentence({ field: "decision_number", rule: "same_decision", params: sameFacts }, lang),
    ]
    expect(future && sameDecision).toBeTruthy()
    expect(future).toContain(lang === "vi" ? vnDay(2).split("-").reverse().join("/") : `after today (${vnDay(0)})`)
    expect(sameDecision).toContain(taken.decision_number)
    const decisionErrors = () => form.getByTestId("decision").getByTestId("field-error").allTextContents()
    await expect.poll(async () => (await decisionErrors()).join(" "), { timeout: 30_000 }).toContain(future)
    expect((await decisionErrors()).join(" ")).toContain(sameDecision)
    const summary = (await form.getByTestId("server-error").textContent()) ?? ""
    expect(summary).toContain(future)
    expect(summary).toContain(sameDecision)
    expect(summary).not.toMatch(
      /same issuer's number|cannot be dated after today|\(future\)|\(same_decision\)|decision_date|decision_number/,
    )
    await expectNoRawErrorText(page, "en")
    expect(await form.getByTestId("score-total").getAttribute("data-total")).toBe(String(TARGET_TOTAL))
    const [firstCode, firstPoints] = Object.entries(scores)[0]
    expect(await form.getByTestId(`score-${firstCode}`).inputValue()).toBe(String(firstPoints))
    await page.screenshot({ path: join(RESULTS, `admin-issue-form-refusal-${lang}.png`) })
  }

  it("issues a 4★ certificate through the score sheet, lists, exports and revokes it", async () => {
    const { parts } = await api("/admin/ocop/rules")
    const scores = scoresFor(parts, TARGET_TOTAL)
    const taken = await recordedDecision()
    const takenNumber = taken.decision_number

    const context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      locale: "vi-VN",
    })
    // The officer's admin speaks Vietnamese (its language setting, kept in the `lng` cookie).
    await context.addCookies([{ name: "lng", value: "vi", url: stack.backendUrl }])
    const page = await context.newPage()
    page.setDefaultTimeout(30_000)
    const pageErrors: string[] = []
    page.on("pageerror", (error) => pageErrors.push(String(error)))
    const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 200 })
    const visible = (locator: Locator) => locator.waitFor({ state: "visible" })

    try {
      // Log in as the demo officer
      await signIn(page)

      // The sidebar has the certificates page
      await visible(page.getByRole("link", { name: adminVi.ocop_certificates.menu }).first())

      // The product page: no valid certificate, the revoked one is shown, Issue is offered
      await page.goto(`${stack.backendUrl}/app/products/${productId}`)
      const widget = page.getByTestId("ocop-certificate-widget")
      await widget.waitFor({ state: "visible", timeout: 60_000 })
      await poll(() => widget.getByTestId("current-certificate").getAttribute("data-status")).toBe("revoked")
      expect(await widget.getByRole("button", { name: "Thu hồi" }).count()).toBe(0)
      await widget.getByRole("button", { name: "Cấp chứng nhận" }).click()

      const form = page.getByTestId("certificate-form")
      await visible(form)
      // The producer and the product group come from the product's last certificate
      await visible(form.getByTestId("selected-subject"))
      expect(await form.getByTestId("product-group-select").textContent()).not.toMatch(/Chọn nhóm/)

      // The score sheet, rendered from GET /admin/ocop/rules
      for (const [code, points] of Object.entries(scores)) {
        await form.getByTestId(`score-${code}`).fill(String(points))
      }
      await poll(() => form.getByTestId("score-total").getAttribute("data-total")).toBe(String(TARGET_TOTAL))
      // Mandatory criteria not ticked yet: the level is lowered, with the reason
      await visible(form.getByTestId("downgrade-message"))
      const mandatory = form.locator('[data-testid^="mandatory-"][role="checkbox"]')
      const mandatoryCount = await mandatory.count()
      expect(mandatoryCount).toBeGreaterThan(0)
      for (let i = 0; i < mandatoryCount; i++) await mandatory.nth(i).click()
      await poll(() => form.getByTestId("downgrade-message").count()).toBe(0)

      // 72.5 points with every mandatory criterion met: 4 stars, computed before submitting
      await poll(() => form.getByTestId("computed-stars-value").textContent()).toBe("4 sao")
      expect(await form.getByTestId("computed-stars").getAttribute("data-stars")).toBe("4")

      // Council and decision: a 4★ recognised by the provincial People's Committee after 1 Jul 2025
      await form
        .getByLabel(formText.council, { exact: true })
        .fill("Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh")
      await form.getByLabel(formText.evaluated_at, { exact: true }).fill(vnDay(-7))
      await form.getByLabel(formText.decision_number, { exact: true }).fill(DECISION_NUMBER)
      await form.getByLabel(formText.decision_date, { exact: true }).fill(vnDay(0))
      // The authority is suggested from the computed stars and the date
      await poll(() => form.getByTestId("authority-level-select").textContent()).toContain("UBND cấp tỉnh")
      await poll(() => form.getByLabel(formText.authority_name, { exact: true }).inputValue()).toMatch(
        /^UBND (tỉnh|thành phố) /,
      )
      expect(await form.getByTestId("authority-warning").count()).toBe(0)
      await form
        .getByLabel(formText.document_url, { exact: true })
        .fill("https://ocop.example.vn/quyet-dinh/1898-QD-UBND.pdf")

      await form.getByTestId("decision").scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(RESULTS, "admin-issue-form.png") })

      // A decision number the seed already recorded for another decision, dated in two days: the
      // server refuses both, and each is said in Vietnamese next to its field, with its facts;
      // nothing typed is lost
      const decisionNumber = form.getByLabel(formText.decision_number, { exact: true })
      const decisionDate = form.getByLabel(formText.decision_date, { exact: true })
      await decisionNumber.fill(takenNumber)
      await decisionDate.fill(vnDay(2))
      await expectTwoRefusals(page, form, { lang: "vi", taken, scores })
      expect(await form.getByTestId("computed-stars-value").textContent()).toBe("4 sao")

      await decisionNumber.fill(DECISION_NUMBER)
      await decisionDate.fill(vnDay(0))
      await form.getByTestId("certificate-submit").click()
      await form.waitFor({ state: "hidden" })

      // The widget shows the new valid certificate
      const current = widget.getByTestId("current-certificate")
      await poll(() => current.getAttribute("data-status")).toBe("valid")
      expect(await current.getByTestId("certificate-stars").getAttribute("data-stars")).toBe("4")
      expect(await current.getByTestId("certificate-decision-number").textContent()).toBe(DECISION_NUMBER)
      expect(await widget.getByTestId("history-item").first().textContent()).toContain("Đã thu hồi")
      await visible(widget.getByRole("button", { name: "Thu hồi" }))
      expect(await widget.getByRole("button", { name: "Cấp chứng nhận" }).count()).toBe(0)
      await widget.scrollIntoViewIfNeeded()
      await page.waitForTimeout(500) // let the toast and the modal's exit animation finish
      await widget.screenshot({ path: join(RESULTS, "admin-certificate-widget.png") })

      // The certificates page lists it; filtering by stars narrows the list
      await page.goto(`${stack.backendUrl}/app/certificates`)
      const rows = page.getByTestId("certificate-row")
      const ours = rows.filter({ hasText: DECISION_NUMBER })
      await poll(() => ours.count()).toBe(1)
      if (productTitle) expect(await ours.getByRole("link").textContent()).toBe(productTitle)
      expect(await ours.getAttribute("data-stars")).toBe("4")
      const starsOf = () => rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-stars")))
      const allStars = await starsOf()
      expect(new Set(allStars).size).toBeGreaterThan(1)

      await page.getByTestId("filter-stars").click()
      await page.getByRole("option", { name: /^4 sao/ }).click()
      await page.waitForURL(/stars=4/)
      await poll(async () => (await starsOf()).every((stars) => stars === "4")).toBe(true)
      const filtered = await starsOf()
      expect(filtered.length).toBeGreaterThan(0)
      expect(filtered.length).toBeLessThan(allStars.length)
      expect(await ours.count()).toBe(1)

      // Export CSV downloads the filtered list
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()])
      expect(download.suggestedFilename()).toMatch(/^ocop-certificates-.*\.csv$/)
      const csvLines = readFileSync(await download.path(), "utf8")
        .replace(/^\ufeff/, "")
        .trim()
        .split(/\r?\n/)
      expect(csvLines[0]).toContain("Số quyết định")
      expect(csvLines.length - 1).toBe(filtered.length)
      expect(csvLines.slice(1).every((line) => line.split(",")[1] === "4")).toBe(true)
      expect(csvLines.some((line) => line.startsWith(`${DECISION_NUMBER},`))).toBe(true)

      // The row links to the product page
      await ours.getByRole("link").click()
      await page.waitForURL(new RegExp(`/app/products/${productId}`))

      // Thu hồi: the reason is required, then the certificate is revoked and Issue is offered again
      await widget.getByRole("button", { name: "Thu hồi" }).click()
      const revokeForm = page.getByTestId("revoke-form")
      await visible(revokeForm)
      await revokeForm.getByTestId("revoke-submit").click()
      await visible(revokeForm.getByTestId("field-error"))
      await revokeForm
        .getByLabel(adminVi.ocop_certificate.revoke_reason, { exact: true })
        .fill("Kiểm thử e2e: vi phạm chất lượng (e2e test)")
      await revokeForm.getByTestId("revoke-submit").click()
      await revokeForm.waitFor({ state: "hidden" })
      await poll(() => widget.getByTestId("current-certificate").getAttribute("data-status")).toBe("revoked")
      await visible(widget.getByRole("button", { name: "Cấp chứng nhận" }))

      expect(pageErrors).toEqual([])
    } catch (error) {
      await page
        .screenshot({ path: join(RESULTS, "admin-certificate-failure.png"), fullPage: true })
        .catch(() => undefined)
      throw error
    } finally {
      await context.close()
    }
  })

  it("says each broken rule of a refused certificate next to its field in English, with its facts", async () => {
    const { parts } = await api("/admin/ocop/rules")
    const scores = scoresFor(parts, TARGET_TOTAL)
    const taken = await recordedDecision()
    const formEn = adminEn.ocop_certificate_form
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: "en-GB" })
    // The officer's admin speaks English this time.
    await context.addCookies([{ name: "lng", value: "en", url: stack.backendUrl }])
    const page = await context.newPage()
    page.setDefaultTimeout(30_000)
    try {
      await signIn(page)

      // The product left without a valid certificate by the first test: issue one
      await page.goto(`${stack.backendUrl}/app/products/${productId}`)
      const widget = page.getByTestId("ocop-certificate-widget")
      await widget.waitFor({ state: "visible", timeout: 60_000 })
      await widget.getByRole("button", { name: adminEn.ocop_certificate.issue }).click()
      const form = page.getByTestId("certificate-form")
      await form.waitFor({ state: "visible" })
      await form.getByTestId("selected-subject").waitFor({ state: "visible" })
      for (const [code, points] of Object.entries(scores)) await form.getByTestId(`score-${code}`).fill(String(points))
      const mandatory = form.locator('[data-testid^="mandatory-"][role="checkbox"]')
      for (let i = 0; i < (await mandatory.count()); i++) await mandatory.nth(i).click()
      await form.getByLabel(formEn.council, { exact: true }).fill("Provincial OCOP evaluation council")
      await form.getByLabel(formEn.evaluated_at, { exact: true }).fill(vnDay(-7))
      await form.getByLabel(formEn.decision_number, { exact: true }).fill(taken.decision_number)
      await form.getByLabel(formEn.decision_date, { exact: true }).fill(vnDay(2))
      await expect
        .poll(() => form.getByLabel(formEn.authority_name, { exact: true }).inputValue(), { timeout: 30_000 })
        .toMatch(/^UBND (tỉnh|thành phố) /)
      await expectTwoRefusals(page, form, { lang: "en", taken, scores })
    } catch (error) {
      await page.screenshot({ path: join(RESULTS, "admin-certificate-en-failure.png"), fullPage: true }).catch(() => {})
      throw error
    } finally {
      await context.close()
    }
  })

  it("shows a product's lots with their QR code and chain check, and rebuilds the search index with its progress", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: "vi-VN" })
    await context.addCookies([{ name: "lng", value: "vi", url: stack.backendUrl }])
    const page = await context.newPage()
    page.setDefaultTimeout(30_000)
    try {
      await signIn(page)
      // A product's lots: the Digital Link QR, and the check of the lot's event history.
      const { lots } = await api("/admin/ocop/lots?limit=1")
      await page.goto(`${stack.backendUrl}/app/products/${lots[0].product_id}`)
      const lotsWidget = page.getByTestId("ocop-lots")
      await lotsWidget.getByText(lots[0].lot_code).waitFor({ timeout: 60_000 })
      const qr = lotsWidget.getByAltText(`QR ${lots[0].lot_code}`)
      await expect
        .poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 15_000 })
        .toBeGreaterThan(0)
      await lotsWidget.getByRole("button", { name: "Kiểm tra" }).first().click()
      await expect
        .poll(() => lotsWidget.getByTestId("lot-verification").first().textContent(), { timeout: 15_000 })
        .toMatch(/^Toàn vẹn \(\d+ sự kiện\)$/)

      await page.getByRole("link", { name: "Tìm kiếm sản phẩm" }).first().click()
      await page.waitForURL(/\/app\/search/)

      const before = await api("/admin/ocop/search/status")
      expect(before.status.document_count).toBeGreaterThan(0)
      await page.getByRole("button", { name: searchVi.ocop_search.rebuild }).click()
      // The button waits for the rebuild; then the page shows the index ready with every product.
      await expect
        .poll(async () => (await api("/admin/ocop/search/status")).status.last_sync?.started_at ?? "", {
          timeout: 60_000,
        })
        .not.toBe(before.status.last_sync?.started_at ?? "")
      await expect
        .poll(() => page.getByRole("button", { name: searchVi.ocop_search.rebuild }).isEnabled(), { timeout: 60_000 })
        .toBe(true)
      const after = await api("/admin/ocop/search/status")
      expect(after.status.state).toBe("ready")
      expect(after.status.document_count).toBe(after.status.product_count)
      await expect
        .poll(() => page.locator("dl").textContent(), { timeout: 35_000 })
        .toContain(
          `${after.status.document_count.toLocaleString("vi-VN")} / ${after.status.product_count.toLocaleString("vi-VN")} sản phẩm`,
        )
      await page.screenshot({ path: join(RESULTS, "admin-search.png") })
    } finally {
      await context.close()
    }
  })
})
