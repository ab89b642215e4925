/**
 * A province's producers in a real browser without JavaScript, in Vietnamese and in English: the
 * province page shows the first few (most products first) and links to all of them, a page at a
 * time at /provinces/<slug>/producers, each linking to its producer's page. Runs against the
 * shared stack.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendClient, type Browser, type Stack } from "@ocop/stack"
import { findProvince, provinceName } from "@ocop/reference"
import { sharedBrowser, sharedStack } from "./shared-stack"
import { openPage, see } from "./helpers"
import { expectNoRawErrorText } from "./raw-error-text"
import { en } from "../app/i18n/en"
import { vi } from "../app/i18n/vi"

type Producers = { producers: { id: string; name: string; count: number }[]; count: number }

describe("a province's producers", () => {
  let stack: Stack
  let browser: Browser
  let slug: string
  let names: { vi: string; en: string }
  let ranked: Producers

  beforeAll(async () => {
    stack = sharedStack()
    browser = await sharedBrowser()
    const client = backendClient(stack)
    const listed = await client.call<{ products: { ocop: { province: string } }[] }>(
      "GET",
      "/store/ocop/products?limit=1",
      null,
    )
    const province = findProvince(listed.products[0].ocop.province)!
    slug = province.slug
    names = { vi: provinceName(province, "vi"), en: provinceName(province, "en") }
    ranked = await client.call<Producers>("GET", `/store/ocop/provinces/${slug}/producers?limit=50`, null)
    expect(ranked.producers.length).toBeGreaterThan(0)
  })

  afterAll(async () => {
    await browser?.close()
  })

  for (const lang of ["vi", "en"] as const) {
    const t = lang === "vi" ? vi : en
    const prefix = lang === "vi" ? "" : "/en"

    it(`lists the first producers on the province page and all of them on their own page (${lang}, no JavaScript)`, async () => {
      const { context, page } = await openPage(browser, {
        javaScriptEnabled: false,
        locale: lang === "vi" ? "vi-VN" : "en-GB",
      })
      try {
        await page.goto(`${stack.storefrontUrl}${prefix}/provinces/${slug}`)
        const shown = page.locator(".showcase-producers li a")
        const onProvincePage = await shown.allTextContents()
        expect(onProvincePage.length).toBeGreaterThan(0)
        expect(onProvincePage.length).toBeLessThanOrEqual(12)
        // Most products first, as the backend ranks them.
        expect(onProvincePage).toEqual(ranked.producers.slice(0, onProvincePage.length).map((p) => p.name))
        const all = page.locator(`a[href="${prefix}/provinces/${slug}/producers"]`)
        expect(await all.count()).toBe(ranked.count > onProvincePage.length ? 1 : 0)
        await expectNoRawErrorText(page, lang)

        await page.goto(`${stack.storefrontUrl}${prefix}/provinces/${slug}/producers`)
        await see(page.locator("h1")).toBe(t["province_producers.heading"].replace("{province}", names[lang]))
        const listed = page.locator("main ol.showcase-producers li a")
        expect(await listed.allTextContents()).toEqual(ranked.producers.slice(0, 48).map((p) => p.name))
        await expectNoRawErrorText(page, lang)

        // A producer's page from the list, in the page's language.
        await listed.first().click()
        await page.waitForURL(`**${prefix}/producers/${ranked.producers[0].id}`)
        await see(page.locator("h1")).toContain(ranked.producers[0].name)

        // A page past the end is its last page; a page that is not a number the first.
        for (const asked of ["999", "abc"]) {
          const response = await page.goto(`${stack.storefrontUrl}${prefix}/provinces/${slug}/producers?page=${asked}`)
          expect([asked, response?.status()]).toEqual([asked, 200])
          expect(await listed.count()).toBeGreaterThan(0)
        }
        // An unknown province: the not-found page, in the page's language.
        const unknown = await page.goto(`${stack.storefrontUrl}${prefix}/provinces/khong-co-tinh-nay/producers`)
        expect(unknown?.status()).toBe(404)
        await see(page.locator("h1")).toBe(t["error.404.title"])
        await expectNoRawErrorText(page, lang)
      } finally {
        await context.close()
      }
    })
  }
})
