import {
  integrationTestRunner,
  settle,
  createCart,
  firstVariantId,
  placeCodOrder,
  demoStore,
} from "@ocop/backend/testing"

const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * OCOP campaigns on Medusa's promotion module: rules by province (and group, stars, producer) as
 * product tags, the time box enforced with a clear message, and the budget's usage reported.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 30 })
    let products: { id: string; title: string; ocop: { province: string; stars: number; product_group: number } }[]
    let inside: (typeof products)[number]
    let outside: (typeof products)[number]

    const variantOf = (productId: string) => firstVariantId(api, demo.store(), demo.regionId, productId)

    async function cartWith(productIds: string[]) {
      return createCart(
        api,
        demo.store(),
        demo.regionId,
        await Promise.all(productIds.map(async (id) => ({ variant_id: await variantOf(id), quantity: 1 }))),
      )
    }

    async function cartLines(cartId: string) {
      const { data } = await api.get(
        `/store/carts/${cartId}?fields=id,discount_total,*items,*items.adjustments`,
        demo.store(),
      )
      return data.cart
    }

    beforeAll(async () => {
      products = (await api.get("/store/ocop/products?limit=100", demo.store())).data.products
      inside = products[0]
      outside = products.find((p) => p.ocop.province !== inside.ocop.province)!
      expect(outside).toBeDefined()
    })

    /** "Tuần lễ OCOP" of the first product's province: automatic, 10 %, a 5,000,000 ₫ budget. */
    async function createProvinceCampaign() {
      return settle(
        api.post(
          "/admin/ocop/campaigns",
          {
            name: `Tuần lễ OCOP ${inside.ocop.province}`,
            identifier: "tuan-le-ocop",
            description: "Giảm 10% mọi sản phẩm OCOP của tỉnh",
            starts_at: new Date(Date.now() - HOUR).toISOString(),
            ends_at: new Date(Date.now() + 7 * DAY).toISOString(),
            discount: { type: "percentage", value: 10 },
            budget: { type: "spend", limit: 5_000_000 },
            rules: { provinces: [inside.ocop.province] },
          },
          demo.admin,
        ),
      )
    }

    it("creates a province campaign (automatic, with a budget) through the admin API", async () => {
      const { data, status } = await createProvinceCampaign()
      expect(status).toBe(201)
      expect(data.campaign).toMatchObject({
        identifier: "tuan-le-ocop",
        status: "active",
        automatic: true,
        code: null,
        discount: { type: "percentage", value: 10 },
        rules: { provinces: [inside.ocop.province] },
        budget: { type: "spend", limit: 5_000_000, used: 0, remaining: 5_000_000 },
      })
      expect((await createProvinceCampaign()).status).toBeGreaterThanOrEqual(400)
    })

    it("lists the running campaign in the store with exactly that province's products", async () => {
      await createProvinceCampaign()
      const { data: list } = await api.get("/store/ocop/campaigns", demo.store())
      expect(list.campaigns.map((c: any) => c.identifier)).toContain("tuan-le-ocop")
      expect(list.campaigns[0].budget).toBeUndefined()

      const { data } = await api.get("/store/ocop/campaigns/tuan-le-ocop", demo.store())
      const expected = products.filter((p) => p.ocop.province === inside.ocop.province).map((p) => p.id)
      expect([...data.product_ids].sort()).toEqual([...expected].sort())
      expect(data.product_ids).not.toContain(outside.id)
      expect((await settle(api.get("/store/ocop/campaigns/khong-co", demo.store()))).status).toBe(404)
    })

    it("discounts only the province's products in a cart", async () => {
      await createProvinceCampaign()
      const cart = await cartLines(await cartWith([inside.id, outside.id]))
      const lineOf = (id: string) => cart.items.find((item: any) => item.product_id === id)
      const discounted = lineOf(inside.id)
      expect(discounted.adjustments).toHaveLength(1)
      // Adjustments are before VAT (prices include it); the cart's discount_total is with VAT.
      expect(Number(discounted.adjustments[0].amount)).toBeCloseTo(Number(discounted.subtotal) * 0.1, 0)
      expect(lineOf(outside.id).adjustments ?? []).toHaveLength(0)
      expect(Number(cart.discount_total)).toBeCloseTo(Number(discounted.unit_price) * 0.1, 0)
    })

    it("refuses a code outside its campaign's dates with the reason and the date", async () => {
      const admin = demo.admin
      const campaign = (identifier: string, code: string, starts: number, ends: number) =>
        api.post(
          "/admin/ocop/campaigns",
          {
            name: identifier === "tet-da-qua" ? "Quà Tết 2025" : "Hội chợ OCOP sắp tới",
            identifier,
            code,
            starts_at: new Date(Date.now() + starts).toISOString(),
            ends_at: new Date(Date.now() + ends).toISOString(),
            discount: { type: "fixed", value: 20_000 },
            rules: { stars: [3, 4, 5] },
          },
          admin,
        )
      await campaign("tet-da-qua", "TET2025", -30 * DAY, -DAY)
      await campaign("hoi-cho-sap-toi", "HOICHO", 10 * DAY, 20 * DAY)
      const cartId = await cartWith([outside.id])

      const expired = await settle(
        api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["TET2025"] }, demo.store()),
      )
      expect(expired.status).toBe(400)
      expect(expired.data.message).toMatch(
        /TET2025 has expired: the campaign "Quà Tết 2025" ended on \d\d\/\d\d\/\d{4} \d\d:\d\d \(Vietnam time\)/,
      )

      const early = await settle(
        api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["HOICHO"] }, demo.store()),
      )
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/HOICHO is not valid yet: the campaign "Hội chợ OCOP sắp tới" starts on/)

      expect((await cartLines(cartId)).discount_total).toBe(0)
    })

    it("applies a code during its dates, only to matching products", async () => {
      const admin = demo.admin
      await api.post(
        "/admin/ocop/campaigns",
        {
          name: "Sao OCOP",
          identifier: "sao-ocop",
          code: "SAO5",
          starts_at: new Date(Date.now() - HOUR).toISOString(),
          ends_at: new Date(Date.now() + DAY).toISOString(),
          discount: { type: "fixed", value: 10_000 },
          rules: { stars: [outside.ocop.stars], product_groups: [outside.ocop.product_group] },
        },
        admin,
      )
      const cartId = await cartWith([outside.id])
      const { status } = await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["SAO5"] }, demo.store())
      expect(status).toBe(200)
      const cart = await cartLines(cartId)
      expect(cart.items[0].adjustments.map((a: any) => [a.code, Number(a.amount)])).toEqual([["SAO5", 10_000]])
    })

    it("reports the budget's usage once an order used the campaign", async () => {
      const campaignId = (await createProvinceCampaign()).data.campaign.id
      const order = await placeCodOrder(api, demo.store(), {
        regionId: demo.regionId,
        email: "khach@example.com",
        lines: [{ variant_id: await variantOf(inside.id), quantity: 2 }],
      })
      const { data: placed } = await api.get(
        `/admin/orders/${order.id}?fields=id,discount_total,discount_subtotal`,
        demo.admin,
      )
      expect(Number(placed.order.discount_total)).toBeGreaterThan(0)
      // The budget counts the discount before VAT, in whole đồng.
      const spent = Math.round(Number(placed.order.discount_subtotal))

      const { data } = await api.get(`/admin/ocop/campaigns/${campaignId}`, demo.admin)
      expect(data.campaign.budget).toMatchObject({
        type: "spend",
        limit: 5_000_000,
        used: spent,
        remaining: 5_000_000 - spent,
      })
      expect(data.product_count).toBeGreaterThan(0)
    })

    it("refuses bad campaigns with a 400 naming the field, and non-admins", async () => {
      const admin = demo.admin
      const base = {
        name: "Chiến dịch",
        identifier: "chien-dich",
        starts_at: new Date(Date.now()).toISOString(),
        ends_at: new Date(Date.now() + DAY).toISOString(),
        discount: { type: "percentage", value: 10 },
        rules: { provinces: ["Lào Cai"] },
      }
      for (const [body, field] of [
        [{ ...base, rules: { provinces: ["Sài Gòn Cũ"] } }, /rules.provinces/],
        [{ ...base, rules: {} }, /rules/],
        [{ ...base, ends_at: base.starts_at }, /ends_at/],
        [{ ...base, discount: { type: "percentage", value: 150 } }, /discount.value/],
        [{ ...base, identifier: "Chiến Dịch" }, /identifier/],
        [{ ...base, rules: { producer_ids: ["ocsub_khong_co"] } }, /producer_ids/],
      ] as const) {
        const response = await settle(api.post("/admin/ocop/campaigns", body, admin))
        expect([response.status, response.data.message]).toEqual([400, expect.stringMatching(field)])
      }
      expect((await settle(api.post("/admin/ocop/campaigns", base))).status).toBe(401)
      expect((await settle(api.get("/admin/ocop/campaigns"))).status).toBe(401)
      const { data } = await api.get("/admin/ocop/campaigns", admin)
      expect(data.campaigns.map((c: any) => c.identifier)).not.toContain("chien-dich")
    })
  },
})
