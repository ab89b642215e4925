import { expect } from "vitest"
import type { Page } from "playwright-core"

/**
 * What never belongs on a page: the backend's words for developers. Record ids (prod_…, order_…),
 * rule codes and field paths ("quantity (stock):", "lines.0.quantity"), API route names, validator
 * and framework texts, placeholders left unfilled, and JavaScript's empty values.
 */
const RAW: [what: string, pattern: RegExp][] = [
  [
    "a record id",
    /\b(?:prod|variant|order|cart|cus|quo|selord|sel|comp|pay|paycol|pi|reg|so|sc|ful|inv|lot|cert|stloc|ordli|cali)_[0-9A-Z]{8,}/,
  ],
  ["a rule code", /\b[a-z_]+(?:\.\d+)?(?:\.[a-z_]+)* \([a-z_-]+\):/],
  ["a field path", /\b[a-z_]+\.\d+\.[a-z_]+\b/],
  ["a route name", /(?:^|\s)\/(?:admin|store|sellers|auth)\/[a-z]/],
  ["a validator text", /Invalid request|Field '|expected (?:at most|at least)|Unrecognized fields|is required\b/],
  [
    "a framework error",
    /\b(?:NOT_ALLOWED|INVALID_DATA|NotFound|TypeError|ReferenceError|Unexpected token|stack trace)\b/,
  ],
  ["a Medusa message", /Some variant does not have|was not found|does not exist|cannot be in the sales channel/i],
  ["an unfilled placeholder", /\{[a-z_]+\}/],
  ["an empty value", /\b(?:undefined|NaN|\[object Object\])\b/],
]

/** English words a backend message brings onto a Vietnamese page (the page's own text has none). */
const ENGLISH_ON_VIETNAMESE =
  /\b(?:the|must|cannot|should|invalid|required|expected|inventory|variant|quantity|stock|please)\b/i

/** Fails the test, naming what and where, when the page's visible text holds raw error text. */
export async function expectNoRawErrorText(page: Page, lang: "vi" | "en" = page.url().includes("/en/") ? "en" : "vi") {
  // A link shown as its address (a guest's private link to the order) is not error text, ids and all.
  const text = (await page.locator("body").innerText()).replace(/\s+/g, " ").replace(/https?:\/\/\S+/g, "")
  const found = RAW.filter(([, pattern]) => pattern.test(text)).map(
    ([what, pattern]) => `${what}: "${text.match(pattern)![0]}"`,
  )
  if (lang === "vi") {
    const main = (
      await page
        .locator("main")
        .innerText()
        .catch(() => text)
    ).replace(/\s+/g, " ")
    const english = main.match(ENGLISH_ON_VIETNAMESE)
    if (english) found.push(`English on a Vietnamese page: "${english[0]}"`)
  }
  expect(found, `raw error text on ${page.url()}`).toEqual([])
}
