import { expect } from "vitest"
import type { Page } from "playwright-core"
import { langFromPath, type Lang } from "../app/i18n"

/**
 * What never belongs on a page: the backend's words for developers. Record ids (prod_…, order_…),
 * rule codes and field paths ("quantity (stock):", "lines.0.quantity"), API route names, the texts
 * of Medusa, its validators and its ORM, placeholders left unfilled, and JavaScript's empty values.
 * Each pattern is written after the backend's own wording (`raw-error-text.unit.test.ts` holds
 * samples of it), never after plain words a sentence of ours may use ("does not exist").
 */
const RAW: [what: string, pattern: RegExp][] = [
  [
    "a record id",
    /\b(?:prod|variant|order|cart|cus|quo|selord|sel|comp|pay|paycol|pi|reg|so|sc|ful|inv|lot|cert|stloc|ordli|cali)_[0-9A-Z]{8,}/,
  ],
  ["a rule code", /\b[a-z_]+(?:\.\d+)?(?:\.[a-z_]+)* \([a-z_-]+\):/],
  ["a field path", /\b[a-z_]+\.\d+\.[a-z_]+\b/],
  ["a route name", /(?:^|\s)\/(?:admin|store|sellers|auth)\/[a-z]/],
  [
    // Medusa's validators (zod through Medusa's formatter, and zod's own messages).
    "a validator text",
    /Invalid request|Field '|Unrecognized fields|expected (?:at most|at least): '|\b(?:Invalid input|Too small|Too big): expected\b/,
  ],
  [
    "a framework error",
    /\b(?:NOT_ALLOWED|INVALID_DATA|NotFound|TypeError|ReferenceError|Unexpected token|stack trace)\b/,
  ],
  [
    // Medusa's modules and flows: "Product with id: … was not found", "Cart with id … does not exist",
    // "Some product options were not found", "The following service zones does not exists".
    "a Medusa message",
    /\bwith (?:id|ID|code|handle|name|entity_id)\b:? [^.;]{0,120}?\b(?:was not found|not found|does not exist)|\b(?:Some|The following) [a-z ]{1,40} (?:were not found|does not exists?)|does not have the required inventory|cannot be in the sales channel|is not associated with (?:any stock location|the Publishable API Key)|'[^']*' does not exist|\bis already (?:completed|being completed)\b/,
  ],
  [
    // MikroORM and PostgreSQL: "Product not found ({ id: '…' })", "violates unique constraint".
    "a database text",
    /\b\w+ not found \(\{|violates (?:unique|foreign key|not-null|check) constraint|duplicate key value|\bValue for \w+\.\w+ is required/,
  ],
  ["an unfilled placeholder", /\{[a-z_]+\}/],
  ["an empty value", /\b(?:undefined|NaN|\[object Object\])\b/],
]

/**
 * English words a backend message brings onto a Vietnamese page (the page's own text has none but
 * in names it quotes as they are typed, such as a CSV file's columns "sku,quantity").
 */
const ENGLISH_ON_VIETNAMESE =
  /(?<!,)\b(?:the|must|cannot|should|invalid|required|expected|inventory|variant|quantity|stock|please)\b(?!,)/i

/**
 * The raw error texts in a page's visible text (white space folded, links shown as their address
 * left out), each named with what it is; `main` is the page's main content, where a Vietnamese page
 * must hold no English words of a backend message.
 */
export function rawErrorTexts(text: string, lang: Lang, main = text): string[] {
  const found = RAW.filter(([, pattern]) => pattern.test(text)).map(
    ([what, pattern]) => `${what}: "${text.match(pattern)![0]}"`,
  )
  if (lang === "vi") {
    const english = main.match(ENGLISH_ON_VIETNAMESE)
    if (english) found.push(`English on a Vietnamese page: "${english[0]}"`)
  }
  return found
}

/** Fails the test, naming what and where, when the page's visible text holds raw error text. */
export async function expectNoRawErrorText(page: Page, lang: Lang = langFromPath(new URL(page.url()).pathname)) {
  // A link shown as its address (a guest's private link to the order) is not error text, ids and all.
  const text = (await page.locator("body").innerText()).replace(/\s+/g, " ").replace(/https?:\/\/\S+/g, "")
  const main = (
    await page
      .locator("main")
      .innerText()
      .catch(() => text)
  ).replace(/\s+/g, " ")
  expect(rawErrorTexts(text, lang, main), `raw error text on ${page.url()}`).toEqual([])
}
