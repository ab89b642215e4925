/**
 * The seller portal names the cooperative's products and variants in the page's language: on
 * /en the English names it gave in the product form (a published product, a draft and a tourism
 * service alike), on its products, lots, GTINs, orders, returns, quotes, bookings and messages
 * pages; in Vietnamese, and in English where a product has no English name, the Vietnamese ones.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendClient, type BackendClient, type Browser, type Stack } from "@ocop/stack"
import { withCheckDigit } from "@ocop/plugin-ocop/gs1"
import type { Page } from "playwright-core"
import { intlLocale, localePath, type Lang } from "../app/i18n"
import { openPage, see } from "./helpers"
import { expectNoRawErrorText } from "./raw-error-text"
import { sharedBrowser, sharedStack } from "./shared-stack"
import {
  approvedSeller,
  certifiedProduct,
  deliverPart,
  listProduct,
  placeCashOrder,
  registeredCustomer,
  sellerPart,
  signInSeller,
  verifyDistributor,
} from "./setup"

const SLOW = 240_000
const PASSWORD = "mat-khau-ten-san-pham-1"
const RUN = Date.now().toString().slice(-7)
const run = `${RUN}3`

const HONEY = { vi: "Mật ong rừng U Minh", en: "U Minh forest honey", variantVi: "Hũ 500 g", variantEn: "500 g jar" }
const TEA = { vi: "Trà sen Tây Hồ", en: "West Lake lotus tea", variantVi: "Hộp 100 g", variantEn: "100 g box" }
const STAY = { vi: "Một ngày làm nông dân", en: "A day as a rice farmer", variantVi: "Người lớn", variantEn: "Adult" }
/** A product the cooperative gave no English name: English pages keep its Vietnamese one. */
const FISH_SAUCE = { vi: "Nước mắm cá cơm Cửa Khe", variantVi: "Chai 500 ml" }

/** A date some days ahead as the slot API takes it (Vietnam time). */
const dayAhead = (days: number) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)

describe("the seller portal's product names in the page's language", () => {
  let stack: Stack
  let browser: Browser
  let client: BackendClient
  const ids = { part: "", returnId: "", quote: "", thread: "" }
  const pages = {} as Record<Lang, Page>

  beforeAll(async () => {
    stack = sharedStack()
    client = backendClient(stack)
    browser = await sharedBrowser()
    const { call } = client
    const login = { email: `htx.ten.${run}@example.vn`, password: PASSWORD }
    const seller = await approvedSeller(client, {
      ...login,
      legal_name: "Hợp tác xã Nông sản Hàm Yên",
      tax_code: `63${run}`,
      address: { address_1: "Xã Hàm Yên", province_code: "Tuyên Quang" },
      bank_account: { bank_name: "Agribank", account_number: "1500205123456", account_holder: "HTX NONG SAN HAM YEN" },
    })
    const certification = (offset: number, subgroup = "Thực phẩm chế biến") => ({
      total: 78,
      subgroup,
      province: "Tuyên Quang",
      decisionNumber: `${8000 + offset + Number(run.slice(-3))}/QĐ-UBND`,
    })
    const honey = await certifiedProduct(
      client,
      seller,
      {
        title: HONEY.vi,
        title_en: HONEY.en,
        product_group: 1,
        variants: [
          { title: HONEY.variantVi, title_en: HONEY.variantEn, sku: `UM-${run}`, price_vnd: 250000, stock: 100 },
        ],
      },
      certification(0),
    )
    const fishSauce = await certifiedProduct(
      client,
      seller,
      {
        title: FISH_SAUCE.vi,
        product_group: 1,
        variants: [{ title: FISH_SAUCE.variantVi, sku: `CK-${run}`, price_vnd: 120000, stock: 100 }],
      },
      certification(1),
    )
    const stay = await certifiedProduct(
      client,
      seller,
      {
        title: STAY.vi,
        title_en: STAY.en,
        product_group: 6,
        variants: [{ title: STAY.variantVi, title_en: STAY.variantEn, sku: `ND-${run}`, price_vnd: 300000, stock: 0 }],
      },
      certification(2, "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"),
    )
    await call("POST", "/sellers/me/tourism/slots", seller.token, {
      variant_id: stay.variants[0].id,
      date: dayAhead(20),
      time: "08:00",
      capacity: 12,
    })
    // A draft (never published) with a GTIN and a lot: the shop does not list it, the portal names it.
    const tea = await listProduct(client, seller.token, {
      title: TEA.vi,
      title_en: TEA.en,
      product_group: 2,
      variants: [{ title: TEA.variantVi, title_en: TEA.variantEn, sku: `TS-${run}`, price_vnd: 180000, stock: 40 }],
    })
    await call("POST", "/sellers/me/trade-items", seller.token, {
      variant_id: tea.variants[0].id,
      gtin: withCheckDigit(`893613${run.slice(-6)}`),
    })
    await call("POST", "/sellers/me/lots", seller.token, {
      variant_id: tea.variants[0].id,
      lot_code: `TS-${run}`,
      production_date: "2026-10-01",
      quantity_produced: 300,
      origin_area: "Xã Hàm Yên, Tuyên Quang",
    })

    // A buyer orders the honey and the fish sauce, receives them, asks to return a jar of honey and asks about it.
    const buyerLogin = { email: `mua.ten.${run}@example.vn`, password: PASSWORD }
    const buyer = await registeredCustomer(client, { ...buyerLogin, first_name: "Thu", last_name: "Phạm" })
    const order = await placeCashOrder(client, buyer, [
      { variant_id: honey.variants[0].id, quantity: 2 },
      { variant_id: fishSauce.variants[0].id, quantity: 1 },
    ])
    const part = await sellerPart(client, seller.token, order)
    ids.part = part.id
    await deliverPart(client, seller.token, part.id, `VNP${run}`)
    const { order: placed } = await call<{ order: { items: { id: string; variant_id: string }[] } }>(
      "GET",
      `/store/orders/${order.id}`,
      buyer.token,
    )
    const honeyLine = placed.items.find((item) => item.variant_id === honey.variants[0].id)!
    const { return: asked } = await call<{ return: { id: string } }>(
      "POST",
      `/store/ocop/orders/${order.id}/returns`,
      buyer.token,
      {
        seller_order_id: part.id,
        reason: "damaged",
        note: "Hũ bị nứt khi nhận.",
        lines: [{ item_id: honeyLine.id, quantity: 1 }],
        refund_account: { bank: "Vietcombank", account_number: "0123456789", holder: "Phạm Thu" },
      },
    )
    ids.returnId = asked.id
    const { thread } = await call<{ thread: { id: string } }>("POST", "/store/messages/threads", buyer.token, {
      product_id: honey.id,
      body: "Mật ong có kết tinh không ạ?",
    })
    ids.thread = thread.id

    // The buyer's company, verified, asks a quote for the honey.
    const taxCode = `0${run}1`
    await call("POST", "/store/distributors", buyer.token, {
      name: "Công ty TNHH Đặc sản Hà Thành",
      tax_code: taxCode,
      invoice_address: "25 Tràng Tiền, phường Hoàn Kiếm",
      delivery_addresses: [{ address_1: "8 Ngọc Lâm, phường Bồ Đề", province: "Hà Nội" }],
      contact_name: "Phạm Thu",
      contact_phone: "0987 654 321",
      contact_email: buyerLogin.email,
    })
    await verifyDistributor(client, taxCode)
    const { quotes } = await call<{ quotes: { id: string }[] }>("POST", "/store/wholesale/quotes", buyer.token, {
      lines: [{ variant_id: honey.variants[0].id, quantity: 500 }],
    })
    ids.quote = quotes[0].id

    for (const lang of ["vi", "en"] as Lang[]) {
      pages[lang] = (await openPage(browser, { locale: intlLocale(lang) })).page
      await signInSeller(pages[lang], stack.storefrontUrl, lang, login)
    }
  }, SLOW * 2)

  afterAll(async () => {
    await browser?.close()
  })

  /** The portal's pages that name the products, and the names each shows in the language. */
  const visits = (lang: Lang) => {
    const honey = lang === "en" ? [HONEY.en, HONEY.variantEn] : [HONEY.vi, HONEY.variantVi]
    const tea = lang === "en" ? [TEA.en, TEA.variantEn] : [TEA.vi, TEA.variantVi]
    const stay = lang === "en" ? [STAY.en, STAY.variantEn] : [STAY.vi, STAY.variantVi]
    return [
      { path: "/seller/products", names: [honey[0], tea[0], stay[0], FISH_SAUCE.vi] },
      { path: "/seller/gtins", names: [...honey, ...tea, FISH_SAUCE.vi, FISH_SAUCE.variantVi] },
      { path: "/seller/lots", names: [...tea] },
      { path: "/seller/orders", names: [honey[0], FISH_SAUCE.vi] },
      { path: `/seller/orders/${ids.part}`, names: [...honey, FISH_SAUCE.vi, FISH_SAUCE.variantVi] },
      { path: "/seller/returns", names: [honey[0]] },
      { path: `/seller/returns/${ids.returnId}`, names: [...honey] },
      { path: "/seller/quotes", names: [...honey] },
      { path: `/seller/quotes/${ids.quote}`, names: [...honey] },
      { path: "/seller/tourism", names: [...stay] },
      { path: "/seller/messages", names: [honey[0]] },
      { path: `/seller/messages/${ids.thread}`, names: [honey[0]] },
    ]
  }

  it.each(["en", "vi"] as Lang[])(
    "names each product and variant in %s on every portal page that lists them",
    async (lang) => {
      const page = pages[lang]
      const other = lang === "en" ? [HONEY.vi, TEA.vi, STAY.vi, HONEY.variantVi] : [HONEY.en, TEA.en, STAY.en]
      for (const { path, names } of visits(lang)) {
        await page.goto(`${stack.storefrontUrl}${localePath(lang, path)}`)
        for (const name of names) await see(page.locator("main")).toContain(name)
        const main = await page.locator("main").innerText()
        for (const name of other) expect(main, `${path} shows "${name}"`).not.toContain(name)
        await expectNoRawErrorText(page, lang)
      }
    },
    SLOW,
  )
})
