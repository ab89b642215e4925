import { integrationTestRunner } from "../helpers/test-runner"
import { seedDemo } from "../../src/seed"
import { demoStore } from "../helpers/demo-store"
import { firstDemoVariant } from "../helpers/variants"

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 12 })
    let publishableKey: string
    let vietnamRegionId: string

    beforeAll(async () => {
      publishableKey = demo.publishableKey
      vietnamRegionId = demo.regionId
    })

    describe("GET /store/products", () => {
      it("lists the seeded OCOP products with VND prices through the publishable key", async () => {
        const response = await api.get(
          `/store/products?limit=50&region_id=${vietnamRegionId}&fields=title,handle,metadata,variants.sku,*variants.calculated_price`,
          { headers: { "x-publishable-api-key": publishableKey } },
        )
        expect(response.status).toBe(200)
        expect(response.data.count).toBe(12)
        const product = response.data.products[0]
        // Vietnamese names keep their diacritics end to end (e.g. "Mật ong", "Bát Tràng")
        for (const p of response.data.products) expect(p.title).toMatch(/[^\x00-\x7F]/)
        expect(response.data.products.some((p: any) => /[ăâđêôơư]/i.test(p.title))).toBe(true)
        expect(product.metadata.title_en).toEqual(expect.any(String))
        const price = firstDemoVariant(product).calculated_price
        expect(price.currency_code).toBe("vnd")
        expect(Number.isInteger(price.calculated_amount)).toBe(true)
        expect(price.calculated_amount).toBeGreaterThan(0)
      })

      it("shows Vietnamese prices with VAT included: the shelf price is what the buyer pays", async () => {
        const response = await api.get(
          `/store/products?limit=1&region_id=${vietnamRegionId}&country_code=vn&fields=handle,variants.sku,*variants.calculated_price`,
          { headers: { "x-publishable-api-key": publishableKey } },
        )
        const price = firstDemoVariant(response.data.products[0]).calculated_price
        expect(price.is_calculated_price_tax_inclusive).toBe(true)
        expect(price.calculated_amount_with_tax).toBe(price.calculated_amount)
      })

      it("refuses a request without a publishable key, naming the header", async () => {
        const response = await api.get("/store/products").catch((error: any) => error.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/x-publishable-api-key/)
      })
    })

    describe("the seed", () => {
      it("is idempotent: a second run creates nothing new", async () => {
        const before = await api.get("/store/products?limit=1", {
          headers: { "x-publishable-api-key": publishableKey },
        })
        const again = await seedDemo(getContainer(), { productLimit: 12 })
        expect(again.publishableKey).toBe(publishableKey)
        const after = await api.get("/store/products?limit=1", { headers: { "x-publishable-api-key": publishableKey } })
        expect(after.data.count).toBe(before.data.count)
        const regions = await api.get("/store/regions", { headers: { "x-publishable-api-key": publishableKey } })
        expect(regions.data.regions.map((r: any) => r.currency_code).sort()).toEqual(["usd", "vnd"])
      })
    })
  },
})
