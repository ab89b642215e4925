/**
 * Every page action that does one of several things by the form's `intent` answers a form sent
 * with an unknown intent, or none (a page left open across a release, a hand-made request), with
 * 400 and the request error page in the page's language: never a 500, never the backend's words,
 * nothing written. Posted as the signed-in buyer or cooperative the page is for, in both languages.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendClient, type Browser, type Stack } from "@ocop/stack"
import type { APIRequestContext } from "playwright-core"
import { dictionaries, localePath, stripLang, type Lang } from "../app/i18n"
import { openPage } from "./helpers"
import { rawErrorTexts } from "./raw-error-text"
import { sharedBrowser, sharedStack } from "./shared-stack"
import { approvedSeller, registeredCustomer, signInCustomer, signInSeller } from "./setup"

const SLOW = 240_000
const PASSWORD = "mat-khau-y-dinh-1"
const RUN = Date.now().toString().slice(-7)

type Who = "anyone" | "customer" | "seller"

/** Each route file whose action reads an intent, a path it answers at, and who may post there. */
const ACTIONS: { file: string; path: string; who: Who }[] = [
  { file: "account.addresses.tsx", path: "/account/addresses", who: "customer" },
  { file: "account.messages.tsx", path: "/account/messages", who: "customer" },
  { file: "account.message.tsx", path: "/account/messages/thread_khong_co", who: "customer" },
  { file: "account.notifications.tsx", path: "/account/notifications", who: "customer" },
  { file: "account.quote.tsx", path: "/account/quotes/quo_khong_co", who: "customer" },
  { file: "cart.tsx", path: "/cart", who: "anyone" },
  { file: "distributor.tsx", path: "/distributor", who: "customer" },
  { file: "distributor.bulk.tsx", path: "/distributor/bulk", who: "customer" },
  { file: "follow.ts", path: "/follow", who: "customer" },
  { file: "order.tsx", path: "/orders/order_khong_co", who: "customer" },
  { file: "order.returns.tsx", path: "/orders/order_khong_co/returns", who: "customer" },
  { file: "seller.gtins.tsx", path: "/seller/gtins", who: "seller" },
  { file: "seller.live.tsx", path: "/seller/live", who: "seller" },
  { file: "seller.lots.tsx", path: "/seller/lots", who: "seller" },
  { file: "seller.members.tsx", path: "/seller/members", who: "seller" },
  { file: "seller.message.tsx", path: "/seller/messages/thread_khong_co", who: "seller" },
  { file: "seller.notifications.tsx", path: "/seller/notifications", who: "seller" },
  { file: "seller.order.tsx", path: "/seller/orders/selord_khong_co", who: "seller" },
  { file: "seller.product.tsx", path: "/seller/products/prod_khong_co", who: "seller" },
  { file: "seller.quote.tsx", path: "/seller/quotes/quo_khong_co", who: "seller" },
  { file: "seller.return.tsx", path: "/seller/returns/ret_khong_co", who: "seller" },
  { file: "seller.tourism.tsx", path: "/seller/tourism", who: "seller" },
]

const ROUTES_DIR = join(import.meta.dirname, "../app/routes")
const LIB_DIR = join(import.meta.dirname, "../app/lib")
/** What an action that reads an intent calls: the shared check, or a shared action that makes it. */
const READS_INTENT = /\b(?:formIntent|notificationFormAction|threadAction)\(/

describe("forms sent with an unknown intent", () => {
  let stack: Stack
  let browser: Browser
  const requests = {} as Record<Who, APIRequestContext>

  beforeAll(async () => {
    stack = sharedStack()
    const client = backendClient(stack)
    browser = await sharedBrowser()
    const buyer = { email: `mua.yd.${RUN}@example.vn`, password: PASSWORD }
    await registeredCustomer(client, { ...buyer, first_name: "Hoa", last_name: "Trần" })
    const seller = { email: `htx.yd.${RUN}@example.vn`, password: PASSWORD }
    await approvedSeller(client, {
      ...seller,
      legal_name: "Hợp tác xã Chè Shan Tuyết Suối Giàng",
      tax_code: `61${RUN}1`,
      address: { address_1: "Xã Suối Giàng", province_code: "Lào Cai" },
      bank_account: { bank_name: "Vietcombank", account_number: "0371000123456", account_holder: "HTX CHE SUOI GIANG" },
    })
    const anyone = await openPage(browser)
    const customer = await openPage(browser)
    await signInCustomer(customer.page, stack.storefrontUrl, "vi", buyer)
    const cooperative = await openPage(browser)
    await signInSeller(cooperative.page, stack.storefrontUrl, "vi", seller)
    Object.assign(requests, {
      anyone: anyone.page.request,
      customer: customer.page.request,
      seller: cooperative.page.request,
    })
  }, SLOW)

  afterAll(async () => {
    await browser?.close()
  })

  it("covers every page action that reads an intent, and each reads it through the shared check", () => {
    const files = readdirSync(ROUTES_DIR).filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts"))
    const reading = files.filter((file) => READS_INTENT.test(readFileSync(join(ROUTES_DIR, file), "utf8")))
    expect(ACTIONS.map((action) => action.file).sort()).toEqual(reading.sort())
    // No action reads the field itself (and so could fall through to a default or a raw error).
    for (const [dir, names] of [
      [ROUTES_DIR, files],
      [LIB_DIR, readdirSync(LIB_DIR).filter((file) => file !== "intent.server.ts")],
    ] as const)
      for (const file of names)
        expect(readFileSync(join(dir, file), "utf8"), file).not.toMatch(/\.get\(\s*"intent"\s*\)|get\("intent"\)/)
  })

  describe.each(["vi", "en"] as Lang[])("in %s", (lang) => {
    const t = dictionaries[lang]
    it.each(ACTIONS)(
      "$path answers 400 with the request error page",
      async ({ path, who }) => {
        const forms: Record<string, string>[] = [{ intent: "khong-co-y-dinh-nay" }, {}, { intent: "constructor" }]
        for (const form of forms) {
          const response = await requests[who].post(`${stack.storefrontUrl}${localePath(lang, path)}`, {
            form,
            headers: { Origin: stack.storefrontUrl },
            maxRedirects: 0,
          })
          const html = await response.text()
          const what = `${localePath(lang, stripLang(path))} ${JSON.stringify(form)}`
          expect(response.status(), what).toBe(400)
          const main = html
            .slice(html.indexOf("<main"), html.indexOf("</main>"))
            .replace(/<script[\s\S]*?<\/script>/g, "")
            .replace(/<[^>]+>/g, " ")
            .replace(/&#x27;/g, "'")
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, "&")
            .replace(/\s+/g, " ")
          expect(main, what).toContain(t["error.request.title"])
          expect(main, what).toContain(t["error.request.body"])
          expect(rawErrorTexts(main, lang), what).toEqual([])
        }
      },
      SLOW,
    )
  })
})
