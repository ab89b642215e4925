import type { Browser, BrowserContext, Locator, Page } from "playwright-core"
import { expect } from "vitest"

/**
 * The text of the first element the locator finds, white space folded, polled until the assertion
 * chained on it holds (a page settles after navigation and hydration):
 *   await see(page.locator("h1")).toContain("Mật ong")
 */
export const see = (locator: Locator) =>
  expect.poll(
    async () =>
      (
        (await locator
          .first()
          .textContent({ timeout: 1_000 })
          .catch(() => "")) ?? ""
      )
        .replace(/\s+/g, " ")
        .trim(),
    { timeout: 15_000, interval: 200 },
  )

/**
 * A page in a fresh browser context (its own cookies): the viewport, the browser's language, with
 * or without JavaScript, a longer default timeout than Playwright's for a loaded machine, and page
 * errors written to the test's output.
 */
export async function openPage(
  browser: Browser,
  options: {
    locale?: string
    javaScriptEnabled?: boolean
    viewport?: { width: number; height: number }
    timeout?: number
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1024, height: 900 },
    locale: options.locale ?? "vi-VN",
    javaScriptEnabled: options.javaScriptEnabled,
  })
  const page = await context.newPage()
  page.setDefaultTimeout(options.timeout ?? 20_000)
  page.on("pageerror", (error) => console.error("page error:", error.message))
  return { context, page }
}
