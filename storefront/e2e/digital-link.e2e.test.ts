/**
 * Scanning the QR code of a lot: the GS1 Digital Link `/01/{gtin}/10/{lot}` opened on a phone, in
 * headless Chromium against a throw-away stack (PostgreSQL, migrated and seeded backend, the BUILT
 * storefront: run `npx react-router build` first). The page works without JavaScript.
 */
import { mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendClient, type BackendClient, type Browser, type Stack } from "@ocop/stack"
import { withCheckDigit } from "@ocop/plugin-ocop/gs1"
import { ownCertifiedProduct, revokeCertificate } from "./setup"
import { sharedBrowser, sharedStack } from "./shared-stack"

const shots = fileURLToPath(new URL("../test-results/", import.meta.url))
const PHONE = { width: 360, height: 780 }
const RUN = Date.now().toString().slice(-8)

type Lot = {
  id: string
  gtin14: string
  lot_code: string
  digital_link: string
  product: { title: string }
  producer: { legal_name: string }
  certificate: { stars: number; valid: boolean } | null
}

describe("GS1 Digital Link on the storefront", () => {
  let stack: Stack
  let browser: Browser

  let admin: BackendClient["admin"]

  /** The storefront path of a lot, from its Digital Link (whatever host the backend printed). */
  const linkPath = (lot: Lot) => new URL(lot.digital_link).pathname

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    stack = sharedStack()
    ;({ admin } = backendClient(stack))
    browser = await sharedBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  async function seededLot(): Promise<Lot> {
    const { lots } = await admin<{ lots: (Lot & { events?: unknown })[] }>("GET", "/admin/ocop/lots?limit=50")
    // The oldest seeded lot of a certified product has the whole story, up to the shop (a product
    // another test file removed from the shop keeps its lots, without a product to show).
    const certified = lots.filter((l) => l.certificate?.valid && l.product)
    for (const lot of certified) {
      const detail = await admin<{ events: { biz_step: string }[] }>("GET", `/admin/ocop/lots/${lot.id}`)
      if (detail.events.some((e) => e.biz_step === "retail_selling")) return lot
    }
    throw new Error("no seeded lot with a full history")
  }

  it("shows the producer, the stars and the timeline of the scanned lot on a phone, without JavaScript", async () => {
    const lot = await seededLot()
    expect(lot.digital_link).toMatch(/\/01\/\d{14}\/10\/[^/]+$/)
    // The operator publishes a digest of every lot's history; the page is checked against it.
    const { digest } = await admin<{ digest: { day: string; sequence: number; root: string; leaf_count: number } }>(
      "POST",
      "/admin/ocop/trace/digests",
    )
    const context = await browser.newContext({ viewport: PHONE, locale: "vi-VN", javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(`${stack.storefrontUrl}${linkPath(lot)}`)
    expect(response?.status()).toBe(200)

    await expect(page.locator("h1").textContent()).resolves.toContain(lot.product.title)
    await expect(page.locator(".producer-name").textContent()).resolves.toBe(lot.producer.legal_name)
    const stars = lot.certificate!.stars
    await expect(page.locator(".ocop .stars").textContent()).resolves.toBe("★".repeat(stars) + "☆".repeat(5 - stars))
    await expect(page.locator(".ocop .star-text").textContent()).resolves.toBe(`${stars} sao OCOP`)

    const steps = await page
      .locator("ol.timeline > li")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-step")))
    expect(steps).toEqual(["commissioning", "inspecting", "packing", "shipping", "receiving", "retail_selling"])
    await expect(page.locator("ol.timeline > li .step").first().textContent()).resolves.toBe("Nguyên liệu, khởi tạo lô")
    await expect(page.locator("ol.timeline").textContent()).resolves.toMatch(
      /Tài liệu: Phiếu kết quả|Tài liệu: Biên bản kiểm tra/,
    )
    expect(await page.locator("ul.places > li").count()).toBeGreaterThanOrEqual(3)
    await expect(page.locator("[data-verified=true]").textContent()).resolves.toMatch(
      /Lịch sử đã được xác minh: 6 sự kiện/,
    )
    expect(await page.locator(".warning").count()).toBe(0)
    await expect(page.locator("[data-digest]").textContent()).resolves.toContain(
      `Đối chiếu với bản tóm tắt công bố ngày ${digest.day} (số ${digest.sequence}`,
    )
    await expect(page.locator("ol.timeline [data-recorded-by]").first().textContent()).resolves.toMatch(/ghi|minh hoạ/)
    // From the lot to its product (and buying it), its producer and its certificate.
    await expect(page.locator('[data-link="product"]').getAttribute("href")).resolves.toMatch(/^\/products\/[^/]+$/)
    await expect(page.locator('[data-link="buy"]').getAttribute("href")).resolves.toMatch(/^\/products\/[^/]+#buy$/)
    await expect(page.locator('[data-link="producer"]').getAttribute("href")).resolves.toMatch(/^\/producers\/[^/]+$/)
    await expect(page.locator('[data-link="certificate"]').getAttribute("href")).resolves.toMatch(
      /^\/ocop\/verify\?decision_number=/,
    )
    // The digest is public on the storefront too, with the lot's inclusion proof.
    const published = (await (
      await fetch(`${stack.storefrontUrl}/trace/digests/${digest.day}?sequence=${digest.sequence}&lot_id=${lot.id}`)
    ).json()) as any
    expect(published.digest).toMatchObject({ root: digest.root, leaf_count: digest.leaf_count })
    expect(published.leaves[0]).toMatchObject({ lot_id: lot.id, proof: { tree_size: digest.leaf_count } })
    // Fits a phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await page.screenshot({ path: `${shots}digital-link-phone.png`, fullPage: true })

    // English on request: ?lang=en leads to the page under /en, whose header switches back.
    await page.goto(`${stack.storefrontUrl}${linkPath(lot)}?lang=en`)
    expect(new URL(page.url()).pathname).toBe(`/en${linkPath(lot)}`)
    await expect(page.locator(".ocop .star-text").textContent()).resolves.toBe(`${stars}-star OCOP`)
    await expect(page.locator("main.trace").getAttribute("lang")).resolves.toBe("en")
    await expect(page.locator("ol.timeline > li .step").first().textContent()).resolves.toBe(
      "Raw material, lot created",
    )
    await expect(page.locator("[data-digest]").textContent()).resolves.toContain(
      `Checked against the digest published on ${digest.day}`,
    )
    await page.locator("header").getByRole("link", { name: "Tiếng Việt" }).click()
    await page.waitForURL((u) => u.pathname === linkPath(lot))
    await expect(page.locator("main.trace").getAttribute("lang")).resolves.toBe("vi")
    await context.close()
  })

  it("answers machines with EPCIS 2.0 JSON-LD on the same URL", async () => {
    const lot = await seededLot()
    for (const init of [{ headers: { accept: "application/ld+json" } }, { url: "?format=epcis" }] as const) {
      const response = await fetch(
        `${stack.storefrontUrl}${linkPath(lot)}${"url" in init ? init.url : ""}`,
        "headers" in init ? { headers: init.headers } : {},
      )
      expect(response.status).toBe(200)
      expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/)
      const document = (await response.json()) as any
      expect(document).toMatchObject({ type: "EPCISDocument", schemaVersion: "2.0" })
      expect(document["@context"]).toContain("https://ref.gs1.org/standards/epcis/epcis-context.jsonld")
      expect(document.epcisBody.eventList[0]).toMatchObject({
        bizStep: "commissioning",
        eventTimeZoneOffset: "+07:00",
        quantityList: [{ epcClass: `https://id.gs1.org/01/${lot.gtin14}/10/${encodeURIComponent(lot.lot_code)}` }],
      })
    }
    // A browser's usual Accept header gets the page
    const html = await fetch(`${stack.storefrontUrl}${linkPath(lot)}`, {
      headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
    })
    expect(html.headers.get("content-type")).toMatch(/^text\/html/)
  })

  /**
   * A lot of a cooperative's own certified product (its variant given a GTIN, the lot declared):
   * the seed's lots stay valid for the other files, which read them meanwhile.
   */
  async function ownLot(): Promise<Lot & { product_id: string }> {
    const client = backendClient(stack)
    const product = await ownCertifiedProduct(client, {
      run: RUN,
      province: "Lào Cai",
      cooperative: {
        login: "htx.truyxuat",
        password: "mat-khau-htx-truy-xuat",
        legalName: "Hợp tác xã Chè Suối Giàng",
        holder: "HTX CHE SUOI GIANG",
        address: "Bản Suối Giàng, xã Suối Giàng",
        taxPrefix: "56",
        accountPrefix: "39009",
      },
      product: { title: "Chè Shan tuyết Suối Giàng", variant: "Gói 200 g", sku: "SG", priceVnd: 180_000, stock: 30 },
      certificate: { total: 77, subgroup: "Chè", decisionFrom: 12000 },
    })
    const variant_id = product.variants[0].id
    await admin("POST", "/admin/ocop/trade-items", { variant_id, gtin: withCheckDigit(`893614${RUN.slice(-6)}`) })
    const { lot } = await admin<{ lot: Lot & { product_id: string } }>("POST", "/admin/ocop/lots", {
      variant_id,
      lot_code: `SG${RUN}`,
      production_date: new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10),
      quantity_produced: 200,
      origin_area: "Bản Suối Giàng, Lào Cai",
    })
    return lot
  }

  it("warns in red when the certificate is no longer valid, and gives a helpful 404 for an unknown lot", async () => {
    const lot = await seededLot()
    const other = await ownLot()
    await revokeCertificate(backendClient(stack), other.product_id, "Kiểm tra chất lượng không đạt (thử nghiệm)")

    const context = await browser.newContext({ viewport: PHONE, locale: "vi-VN", javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}${linkPath(other)}`)
    const warning = page.locator("[data-warning=certificate]")
    await expect(warning.textContent()).resolves.toMatch(/CẢNH BÁO: chứng nhận OCOP của sản phẩm này đã bị thu hồi/)
    const colour = await warning.evaluate((el) => getComputedStyle(el).borderColor)
    expect(colour).toBe("rgb(164, 22, 26)")
    // No stars and no "valid until" for a revoked certificate on the lot page.
    expect(await page.locator("main.trace .stars").count()).toBe(0)
    await expect(page.locator("main.trace").textContent()).resolves.not.toMatch(/★|Hiệu lực đến/)

    const missing = await page.goto(`${stack.storefrontUrl}/01/${lot.gtin14}/10/KHONG-CO`)
    expect(missing?.status()).toBe(404)
    await expect(page.locator("h1").textContent()).resolves.toBe("Không tìm thấy lô hàng")
    await expect(page.locator("main.trace").textContent()).resolves.toMatch(
      /Hãy kiểm tra mã GTIN và số lô in cạnh mã QR/,
    )
    // the backend's English reason stays in the API
    await expect(page.locator("main.trace").textContent()).resolves.not.toMatch(/not found|does not exist|unknown/i)
    await context.close()
  })
})
