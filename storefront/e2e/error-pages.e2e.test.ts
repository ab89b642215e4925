/**
 * Error pages in a real browser, as the server sends them and as the browser takes them over
 * (hydration): 404 for an unknown product, an unknown address and an unknown seller order, 403
 * (a staff member on the owner's page) and 400 (a form sent with an unknown intent), in Vietnamese and in English, beside a normal
 * page of the shop, the account and the seller portal. Each has its title and heading in the
 * page's language, no raw error text, and nothing on the browser's console: no error, no
 * hydration warning (React's #418: the browser rendered other text than the server sent).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendClient, type Browser, type Stack } from "@ocop/stack"
import type { ConsoleMessage, Page } from "playwright-core"
import { dictionaries, intlLocale, localePath, type Lang, type MessageKey } from "../app/i18n"
import { openPage, see } from "./helpers"
import { expectNoRawErrorText } from "./raw-error-text"
import { sharedBrowser, sharedStack } from "./shared-stack"
import { approvedSeller, registeredCustomer, signInCustomer, signInSeller } from "./setup"

const SLOW = 240_000
const PASSWORD = "mat-khau-trang-loi-1"
const RUN = Date.now().toString().slice(-7)

type Who = "anyone" | "customer" | "seller" | "staff"
type Visit = { path: string; who: Who; status: number; heading: MessageKey | null }

const VISITS: Visit[] = [
  { path: "/products/khong-co-san-pham-nay", who: "anyone", status: 404, heading: "error.404.title" },
  { path: "/khong-co-trang-nay", who: "anyone", status: 404, heading: "error.404.title" },
  { path: "/seller/orders/selord_khong_co", who: "seller", status: 404, heading: "error.404.title" },
  // Managing the members is the owner's; a staff member is refused.
  { path: "/seller/members", who: "staff", status: 403, heading: "error.403.title" },
  { path: "/", who: "anyone", status: 200, heading: null },
  { path: "/account", who: "customer", status: 200, heading: null },
  { path: "/seller", who: "seller", status: 200, heading: null },
]

/**
 * What the browser's console and the page's scripts report while the page loads and hydrates,
 * but for the browser's own line about the document's status (a 404 page is loaded with a 404).
 */
function watchConsole(page: Page) {
  const reported: string[] = []
  const onError = (error: Error) => reported.push(`page error: ${error.message}`)
  const onConsole = (message: ConsoleMessage) => {
    const text = message.text()
    if (message.type() !== "error" && !/hydrat|did not match/i.test(text)) return
    const documentStatus =
      /^Failed to load resource: the server responded with a status of 4\d\d/.test(text) &&
      message.location().url === page.url()
    if (!documentStatus) reported.push(`console ${message.type()}: ${text}`)
  }
  page.on("pageerror", onError)
  page.on("console", onConsole)
  return {
    reported,
    stop: () => {
      page.off("pageerror", onError)
      page.off("console", onConsole)
    },
  }
}

/** Waits until React has taken over the page (hydrated, or rendered again after a mismatch) and the page is quiet. */
async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const main = document.querySelector("main")
    return Boolean(main && Object.keys(main).some((key) => key.startsWith("__reactFiber")))
  })
  await page.waitForLoadState("networkidle")
}

describe.each(["vi", "en"] as Lang[])("error pages in a real browser (%s)", (lang) => {
  const t = dictionaries[lang]
  const run = `${RUN}${lang === "en" ? 2 : 1}`
  let stack: Stack
  let browser: Browser
  const pages = {} as Record<Who, Page>

  beforeAll(async () => {
    stack = sharedStack()
    const client = backendClient(stack)
    browser = await sharedBrowser()
    const buyer = { email: `mua.loi.${run}@example.vn`, password: PASSWORD }
    await registeredCustomer(client, { ...buyer, first_name: "Minh", last_name: "Lê" })
    const seller = { email: `htx.loi.${run}@example.vn`, password: PASSWORD }
    const cooperative = await approvedSeller(client, {
      ...seller,
      legal_name: "Hợp tác xã Nước mắm Cửa Khe",
      tax_code: `62${run}`,
      address: { address_1: "Xã Bình Hải", province_code: "Quảng Ngãi" },
      bank_account: { bank_name: "BIDV", account_number: "5811000654321", account_holder: "HTX NUOC MAM CUA KHE" },
    })
    // A staff member the owner invited, who joined with its own sign-in.
    const staff = { email: `nv.loi.${run}@example.vn`, password: PASSWORD }
    const { invite } = await client.call<{ invite: { token: string } }>(
      "POST",
      "/sellers/me/invites",
      cooperative.token,
      {
        email: staff.email,
        role: "staff",
      },
    )
    const { token: registration } = await client.call<{ token: string }>(
      "POST",
      "/auth/seller/emailpass/register",
      null,
      staff,
    )
    await client.call("POST", "/sellers/invites/accept", registration, { token: invite.token })
    const open = async () => (await openPage(browser, { locale: intlLocale(lang) })).page
    pages.anyone = await open()
    pages.customer = await open()
    await signInCustomer(pages.customer, stack.storefrontUrl, lang, buyer)
    pages.seller = await open()
    await signInSeller(pages.seller, stack.storefrontUrl, lang, seller)
    pages.staff = await open()
    await signInSeller(pages.staff, stack.storefrontUrl, lang, staff)
  }, SLOW)

  afterAll(async () => {
    await browser?.close()
  })

  it.each(VISITS)(
    "$path ($status) hydrates without a console error",
    async ({ path, who, status, heading }) => {
      const page = pages[who]
      const watch = watchConsole(page)
      const response = await page.goto(`${stack.storefrontUrl}${localePath(lang, path)}`)
      expect(response?.status()).toBe(status)
      await hydrated(page)
      if (heading) {
        await see(page.locator("main h1")).toBe(t[heading])
        expect(await page.title()).toBe(t[heading])
        expect(await page.locator("html").getAttribute("lang")).toBe(lang)
      }
      await expectNoRawErrorText(page, lang)
      watch.stop()
      expect(watch.reported).toEqual([])
    },
    SLOW,
  )

  it(
    "answers a form sent with an unknown intent with the request error page (400), hydrated cleanly",
    async () => {
      const page = pages.customer
      await page.goto(`${stack.storefrontUrl}${localePath(lang, "/account/addresses")}`)
      await hydrated(page)
      const watch = watchConsole(page)
      // A form of the page's own site, sent the way a browser without JavaScript sends it.
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && r.request().resourceType() === "document"),
        page.evaluate(() => {
          const form = document.createElement("form")
          form.method = "post"
          form.innerHTML = '<input name="intent" value="khong-co-y-dinh-nay">'
          document.body.append(form)
          form.submit()
        }),
      ])
      expect(response.status()).toBe(400)
      await page.waitForLoadState("load")
      await hydrated(page)
      await see(page.locator("main h1")).toBe(t["error.request.title"])
      expect(await page.title()).toBe(t["error.request.title"])
      await expectNoRawErrorText(page, lang)
      watch.stop()
      expect(watch.reported).toEqual([])
    },
    SLOW,
  )
})
