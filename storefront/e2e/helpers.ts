import type { Locator } from "playwright-core"
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
