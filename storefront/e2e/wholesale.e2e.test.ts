/**
 * Wholesale end to end, in headless Chromium against a throw-away stack (run `npm run
 * build` of the plugins, backend and storefront first): two sellers set wholesale tiers (seller
 * API), a customer registers a distributor company in the storefront, the operator verifies it
 * (admin API), the distributor uploads a CSV with good and bad lines, sees the per-line report,
 * puts the good lines in the cart at tier prices, pays cash on delivery, and each seller sees its
 * part of the order at the tier price.
 */
import { mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Browser, type Stack, backendClient, type BackendClient } from "@ocop/stack"
import { openPage, see } from "./helpers"
import { sharedBrowser, sharedStack } from "./shared-stack"
import {
  approvedSeller,
  certifiedProduct,
  registerCompanyInBrowser,
  registerInBrowser,
  verifyDistributor,
} from "./setup"
import { vi } from "../app/i18n/vi"
import { wholesaleVi as w } from "../app/i18n/wholesale"

const shots = fileURLToPath(new URL("../test-results/", import.meta.url))
const SLOW = 300_000
const PASSWORD = "mat-khau-si-an-toan"
const run = Date.now().toString().slice(-8)

const SELLERS = [
  {
    n: 1,
    email: `si.mat.ong.${run}@example.vn`,
    tax_code: `47${run}`,
    title: "Mật ong bạc hà Mèo Vạc",
    sku: `MO-${run}`,
    price: 150_000,
    tier: 120_000,
  },
  {
    n: 2,
    email: `si.che.${run}@example.vn`,
    tax_code: `48${run}`,
    title: "Chè Shan tuyết cổ thụ",
    sku: `CHE-${run}`,
    price: 200_000,
    tier: 160_000,
  },
]

describe("wholesale in a real browser", () => {
  let stack: Stack
  let browser: Browser
  const sellerTokens: string[] = []
  const productHandles: string[] = []

  const url = (path: string) => `${stack.storefrontUrl}${path}`

  let client: BackendClient

  /** An approved seller with one certified, published product (two variants: a big stock and 5 units) and wholesale tiers. */
  async function wholesaleSeller(seller: (typeof SELLERS)[number]) {
    const approved = await approvedSeller(client, {
      email: seller.email,
      password: PASSWORD,
      legal_name: `Hợp tác xã Đặc sản Vùng cao Số ${seller.n} ${run}`,
      tax_code: seller.tax_code,
      address: { address_1: "Thôn Nậm Cang, xã Bắc Hà", province_code: "Lào Cai" },
      bank_account: { bank_name: "Agribank", account_number: `12345${seller.n}${run}`, account_holder: "HTX DAC SAN" },
    })
    const { token } = approved
    const product = await certifiedProduct(
      client,
      approved,
      {
        title: seller.title,
        product_group: 1,
        variants: [
          { title: "Thùng 12 hũ", sku: seller.sku, price_vnd: seller.price, stock: 500 },
          { title: "Hộp quà", sku: `${seller.sku}-QUA`, price_vnd: seller.price * 2, stock: 5 },
        ],
      },
      {
        total: 78,
        subgroup: "Thực phẩm chế biến",
        province: "Lào Cai",
        decisionNumber: `${3000 + seller.n * 100 + Number(run.slice(-2))}/QĐ-UBND`,
      },
    )
    productHandles.push(product.handle)
    const variant = product.variants.find((v) => v.sku === seller.sku)!
    await client.call("POST", `/sellers/me/products/${product.id}/wholesale`, token, {
      moq: 10,
      variants: [
        {
          variant_id: variant.id,
          tiers: [
            { min_quantity: 10, max_quantity: 19, amount: seller.price },
            { min_quantity: 20, max_quantity: null, amount: seller.tier },
          ],
        },
      ],
    })
    return token
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    stack = sharedStack()
    client = backendClient(stack)
    browser = await sharedBrowser()
    for (const seller of SELLERS) sellerTokens.push(await wholesaleSeller(seller))
  }, SLOW)

  afterAll(async () => {
    await browser?.close()
  })

  it(
    "a verified distributor uploads a CSV, sees the report, orders the good lines at tier prices from two sellers, and each seller sees its part",
    async () => {
      const { context, page } = await openPage(browser, { viewport: { width: 1100, height: 900 } })

      const email = `phanphoi.${run}@example.vn`
      await registerInBrowser(page, stack.storefrontUrl, "vi", { full_name: "Trần Minh", email, password: PASSWORD })

      // Registration (a plain form post) → pending.
      const taxCode = `01${run}`
      await registerCompanyInBrowser(page, stack.storefrontUrl, "vi", {
        name: `Công ty TNHH Phân phối Đặc sản ${run}`,
        tax_code: taxCode,
        invoice_address: "Số 5 Lê Duẩn, phường Sài Gòn",
        delivery_address: "Lô B2 KCN Cát Lái",
        province: "Hồ Chí Minh",
        contact_name: "Trần Minh",
        contact_phone: "0908 123 456",
      })
      await see(page.locator(".distributor-status")).toMatch(w["distributor.status.pending"])

      // Not verified yet: the bulk order is refused with the reason.
      await page.goto(url("/distributor/bulk"))
      await page.getByLabel(`${w["bulk.sku"]} 1`).fill(SELLERS[0].sku)
      await page.getByLabel(`${w["bulk.quantity"]} 1`).fill("20")
      await page.getByRole("button", { name: w["bulk.check"], exact: true }).click()
      await see(page.locator(".notice")).toBe(vi["refusal.company_not_verified"])

      // The product page shows retail prices only until the company is verified, then its tiers.
      await page.goto(url(`/products/${productHandles[0]}`))
      await page.getByRole("heading", { level: 1 }).waitFor()
      expect(await page.getByTestId("wholesale-tiers").count()).toBe(0)
      await verifyDistributor(client, taxCode)
      await page.reload()
      const tiers = page.getByTestId("wholesale-tiers")
      await see(tiers.locator("h2")).toBe(w["product.wholesale"])
      await see(tiers).toMatch(w["product.wholesale_moq"].replace("{moq}", "10"))
      await see(tiers.locator("tbody tr").last()).toMatch(/từ 20\s*120\.000\s*₫/)
      await page.goto(url("/distributor"))
      await see(page.locator(".distributor-status")).toMatch(w["distributor.status.verified"])
      // A colleague without an account yet is invited by e-mail
      await page.getByLabel(w["distributor.member_email"]).fill(`ketoan.${run}@example.vn`)
      await page.getByLabel(w["distributor.role"]).selectOption("accountant")
      await page.getByRole("button", { name: w["distributor.add_member"] }).click()
      await see(page.locator(".member-list li").last()).toMatch(`ketoan.${run}@example.vn`)
      await see(page.locator(".member-list li").last()).toMatch(w["distributor.invited"])

      // The colleague registers: bound to nothing until they accept the invitation, signed in, on /distributor
      const { context: colleague, page: invitee } = await openPage(browser, {
        viewport: { width: 1100, height: 900 },
        javaScriptEnabled: false,
      })
      await registerInBrowser(invitee, stack.storefrontUrl, "vi", {
        full_name: "Lê Thu",
        email: `ketoan.${run}@example.vn`,
        password: PASSWORD,
      })
      await invitee.goto(url("/distributor"))
      await see(invitee.locator("main")).toMatch(w["distributor.not_member"])
      const invitation = invitee.locator(".invitation-list li")
      await see(invitation).toMatch(`Công ty TNHH Phân phối Đặc sản ${run}`)
      await see(invitation).toMatch(w["distributor.role.accountant"])
      await invitation.getByRole("button", { name: w["distributor.accept"] }).click()
      await see(invitee.getByRole("heading", { level: 1 })).toBe(`Công ty TNHH Phân phối Đặc sản ${run}`)
      expect(await invitee.locator(".invitation-list").count()).toBe(0)
      await colleague.close()
      await page.reload()
      await expect
        .poll(() => page.locator(".member-list li").last().textContent())
        .not.toContain(w["distributor.invited"])

      // The CSV: two good lines (one per seller), and an unknown SKU, a duplicate, too little stock, below the MOQ, a bad quantity.
      const csv = [
        "sku,quantity",
        `${SELLERS[0].sku},24`,
        `${SELLERS[1].sku},30`,
        `KHONG-CO-${run},5`,
        `${SELLERS[0].sku},12`,
        `${SELLERS[1].sku}-QUA,50`,
        `${SELLERS[0].sku}-QUA,3`,
        `${SELLERS[0].sku}-QUA,ba`,
      ].join("\r\n")
      await page.getByRole("link", { name: w["distributor.bulk"] }).click()
      await page.waitForURL(/\/distributor\/bulk$/)

      // Quick order by name: the search lists the tea's variants, a quantity on one, checked at its tier
      await expect
        .poll(
          async () => {
            await page.getByLabel(w["bulk.find"]).fill("Shan tuyết")
            await page.locator(".bulk-find").getByRole("button", { name: w["bulk.find_button"] }).click()
            await page.waitForURL(/q=Shan/)
            return page.locator(`.bulk-found tr[data-sku="${SELLERS[1].sku}"]`).count()
          },
          { timeout: 20_000, interval: 500 },
        )
        .toBe(1)
      await page.getByLabel(`${w["bulk.quantity"]} ${SELLERS[1].sku}`, { exact: true }).fill("25")
      await page.locator(".bulk-found").getByRole("button", { name: w["bulk.check"] }).click()
      await see(page.locator(".bulk-summary")).toMatch("1/1")
      await see(page.locator(".bulk-report tbody tr").nth(0)).toMatch("160.000")

      await page
        .locator("#bulk-file")
        .setInputFiles({ name: "don-hang.csv", mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + csv, "utf8") })
      await page.getByRole("button", { name: w["bulk.upload"] }).click()
      await see(page.locator(".bulk-summary")).toMatch("2/7")
      const codes = async (line: number) =>
        page
          .locator(".bulk-report tbody tr")
          .nth(line - 2)
          .locator("[data-code]")
          .evaluateAll((els) => els.map((el) => el.getAttribute("data-code")))
      expect(await codes(4)).toEqual(["unknown_sku"])
      expect(await codes(5)).toEqual(["duplicate_sku"])
      expect(await codes(6)).toEqual(["insufficient_stock"])
      expect(await codes(7)).toEqual(["below_moq"])
      expect(await codes(8)).toEqual(["bad_quantity", "duplicate_sku"])
      // Each problem is a sentence in the page's language, never the API's English text.
      await see(page.locator(".bulk-report tbody tr").nth(2).locator("[data-code]")).toBe(w["problem.unknown_sku"])
      expect(await page.locator(".bulk-report").innerText()).not.toMatch(
        /no product has SKU|already on line|units of|minimum order of|whole number/,
      )
      await see(page.locator(".bulk-report tbody tr").nth(0)).toMatch("120.000")
      await see(page.locator(".bulk-report tbody tr").nth(1)).toMatch("160.000")
      await page.screenshot({ path: `${shots}wholesale-report.png`, fullPage: true })

      await page.getByRole("button", { name: w["bulk.add"].replace("{count}", "2") }).click()
      await page.waitForURL(/\/cart$/)
      await expect.poll(() => page.locator(".cart-line").count()).toBe(2)
      await see(page.locator(".cart-lines")).toMatch("120.000")
      await see(page.locator(".cart-lines")).toMatch("160.000")

      await page.getByRole("link", { name: vi["cart.checkout"] }).click()
      await page.waitForURL(/\/checkout$/)
      // The company's registered delivery address is offered, and fills the receiver and the place.
      const companyAddress = page.getByRole("link", { name: new RegExp(vi["checkout.use_company_address"]) })
      await see(companyAddress).toMatch("Lô B2 KCN Cát Lái, Hồ Chí Minh")
      await companyAddress.click()
      await page.waitForURL(/\/checkout\?address=company-0$/)
      await expect(page.getByLabel(vi["address.full_name"]).inputValue()).resolves.toBe("Trần Minh")
      await expect(page.getByLabel(vi["address.street"]).inputValue()).resolves.toBe("Lô B2 KCN Cát Lái")
      await expect(page.getByLabel(vi["address.province"]).inputValue()).resolves.toBe("Hồ Chí Minh")
      await page.getByLabel(vi["address.ward"]).fill("Phường Cát Lái")
      await page.getByLabel(new RegExp(vi["shipping.standard"])).check()
      await page.getByRole("button", { name: vi["checkout.place_order"], exact: true }).click()
      await page.waitForURL(/\/orders\/order_/, { timeout: 60_000 })
      const orderId = new URL(page.url()).pathname.split("/").pop()!

      // Each seller sees its own part (the split runs on order.placed), at the tier price.
      for (const [i, seller] of SELLERS.entries()) {
        await expect
          .poll(
            async () => {
              // The seller knows its part by its own id and number (its newest), never by the order id.
              const list = await client
                .call<{
                  orders: { id: string; items: { sku: string; quantity: number; unit_price: number }[] }[]
                }>("GET", "/sellers/me/orders?limit=1", sellerTokens[i])
                .catch(() => null)
              expect(JSON.stringify(list ?? {})).not.toContain(orderId)
              return list?.orders[0]?.items.map((item) => [item.sku, item.quantity, item.unit_price])
            },
            { timeout: 20_000, interval: 300 },
          )
          .toEqual([[seller.sku, i === 0 ? 24 : 30, seller.tier]])
      }
      await context.close()
    },
    SLOW,
  )
})
