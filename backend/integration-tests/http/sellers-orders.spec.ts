import { integrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { seedDemo } from "../../src/seed"
import { chooseCashOnDelivery, placeCodOrder, readyCart } from "../helpers/checkout"
import { adminHeaders, percentOffCode, settle } from "../helpers/ocop"
import { approvedSeller, bearer, certifyProduct, productBody } from "../helpers/sellers"

/**
 * Issue 6: one cart with two sellers' products, paid once; each seller sees and ships only its
 * part; the customer sees one shipment per seller; payouts (a household business withheld).
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: any
    let publishableKey: string
    let regionId: string
    let coop: Awaited<ReturnType<typeof approvedSeller>>
    let household: Awaited<ReturnType<typeof approvedSeller>>
    let coopVariant: string
    let coopProduct: string
    let householdVariant: string

    beforeAll(async () => {
      const seeded = await seedDemo(getContainer(), { productLimit: 2 })
      publishableKey = seeded.publishableKey
      regionId = seeded.regions.vietnam.id
      admin = await adminHeaders(api)
      coop = await approvedSeller(api, admin, 21)
      household = await approvedSeller(api, admin, 22, { type: "household_business", tax_code: "001204099922" })
      await api.post(`/admin/sellers/${household.seller.id}`, { commission_rate: 5 }, admin)
      for (const [seller, sku, decision] of [
        [coop, "C21", "8021/QĐ-UBND"],
        [household, "H22", "8022/QĐ-UBND"],
      ] as const) {
        const { data } = await api.post("/sellers/me/products", productBody(sku), seller.headers)
        await certifyProduct(api, admin, seller.subjectId, data.product.id, decision)
        await api.post(`/sellers/me/products/${data.product.id}/publish`, {}, seller.headers)
        const variant = data.product.variants.find((v: any) => v.sku.endsWith("-100")) ?? data.product.variants[0]
        if (seller === coop) {
          coopVariant = variant.id
          coopProduct = data.product.id
        }
        else householdVariant = data.product.variants.find((v: any) => v.sku.endsWith("-500")).id
      }
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    async function customer(email: string) {
      const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password: "mật-khẩu-khách-1" })
      await api.post("/store/customers", { email, first_name: "Lan", last_name: "Nguyễn" }, {
        headers: { authorization: `Bearer ${registered.token}`, "x-publishable-api-key": publishableKey },
      })
      const { data } = await api.post("/auth/customer/emailpass", { email, password: "mật-khẩu-khách-1" })
      return { headers: { authorization: `Bearer ${data.token}`, "x-publishable-api-key": publishableKey } }
    }

    /** The split runs on order.placed (a subscriber): wait for it. */
    async function sellerOrder(headers: any, orderId: string) {
      for (let attempt = 0; attempt < 50; attempt++) {
        const response = await settle(api.get(`/sellers/me/orders/${orderId}`, headers))
        if (response.status === 200) return response.data.order
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      throw new Error(`no seller order for ${orderId}`)
    }

    it("splits a two-seller order: each seller sees and ships only its lines; the customer sees both shipments", async () => {
      const buyer = await customer("mua2nguoiban@example.vn")
      const order = await placeCodOrder(api, buyer, {
        regionId,
        email: "mua2nguoiban@example.vn",
        lines: [
          { variant_id: coopVariant, quantity: 2 },
          { variant_id: householdVariant, quantity: 1 },
        ],
      })
      const coopPart = await sellerOrder(coop.headers, order.id)
      const householdPart = await sellerOrder(household.headers, order.id)
      expect(coopPart.items.map((i: any) => [i.variant_id, i.quantity, i.unit_price])).toEqual([[coopVariant, 2, 85000]])
      expect(householdPart.items.map((i: any) => [i.variant_id, i.quantity, i.unit_price])).toEqual([[householdVariant, 1, 390000]])
      expect(coopPart).toMatchObject({ status: "pending", shipment: null })
      expect((await api.get("/sellers/me/orders", coop.headers)).data.orders.map((o: any) => o.id)).toEqual([order.id])

      // Shipping before accepting is refused; then accept → pack → ship with a tracking number.
      const early = await settle(api.post(`/sellers/me/orders/${order.id}/pack`, {}, coop.headers))
      expect(early.status).toBe(400)
      await api.post(`/sellers/me/orders/${order.id}/accept`, {}, coop.headers)
      await api.post(`/sellers/me/orders/${order.id}/pack`, {}, coop.headers)
      const noTracking = await settle(api.post(`/sellers/me/orders/${order.id}/ship`, {}, coop.headers))
      expect(noTracking.status).toBe(400)
      expect(noTracking.data.message).toMatch(/tracking_number/)
      const shipped = await api.post(`/sellers/me/orders/${order.id}/ship`, { tracking_number: "VNP123456789", carrier: "VNPost" }, coop.headers)
      expect(shipped.data.order).toMatchObject({ status: "shipped", shipment: { tracking_number: "VNP123456789", carrier: "VNPost" } })
      expect(shipped.data.order.shipment.shipped_at).toBeTruthy()

      // The household business has not shipped yet: one Medusa fulfillment, of the coop's line only.
      const { data: adminOrder } = await api.get(`/admin/orders/${order.id}?fields=*fulfillments,*fulfillments.items`, admin)
      expect(adminOrder.order.fulfillments).toHaveLength(1)
      expect(adminOrder.order.fulfillments[0].items.map((i: any) => i.line_item_id)).toEqual([coopPart.items[0].id])

      await api.post(`/sellers/me/orders/${order.id}/accept`, {}, household.headers)
      await api.post(`/sellers/me/orders/${order.id}/ship`, { tracking_number: "GHN987654321" }, household.headers)

      const { data: shipments } = await api.get(`/store/ocop/orders/${order.id}/shipments`, buyer)
      expect(
        shipments.shipments.map((s: any) => [s.seller.id, s.status, s.tracking_number, s.items.map((i: any) => i.quantity)]).sort()
      ).toEqual(
        [
          [coop.seller.id, "shipped", "VNP123456789", [2]],
          [household.seller.id, "shipped", "GHN987654321", [1]],
        ].sort()
      )
      const stranger = await customer("nguoila@example.vn")
      expect((await settle(api.get(`/store/ocop/orders/${order.id}/shipments`, stranger))).status).toBe(404)
      expect((await settle(api.get(`/store/ocop/orders/${order.id}/shipments`, { headers: { "x-publishable-api-key": publishableKey } }))).status).toBe(401)

      // Payouts: cooperative 8 % commission; household business 5 % + 1 % VAT + 0.5 % PIT on goods.
      const coopPayouts = (await api.get("/sellers/me/payouts", coop.headers)).data
      expect(coopPayouts.lines).toEqual([
        expect.objectContaining({ order_id: order.id, display_id: order.display_id, gross: 170000, refunds: 0, commission: 13600, withholding_vat: 0, withholding_pit: 0, net: 156400 }),
      ])
      const householdPayouts = (await api.get("/sellers/me/payouts", household.headers)).data
      expect(householdPayouts.totals).toEqual({ gross: 390000, refunds: 0, commission: 19500, withholding_vat: 3900, withholding_pit: 1950, net: 364650 })

      const period = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 7)
      const csv = await api.get(`/sellers/me/payouts/statement.csv?period=${period}`, household.headers)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const rows = csv.data.replace(/^\uFEFF/, "").trim().split("\n")
      expect(rows[0]).toBe("order_id,display_id,placed_at,status,gross,refunds,commission,withholding_vat,withholding_pit,net")
      expect(rows[1]).toMatch(new RegExp(`^${order.id},${order.display_id},.*,shipped,390000,0,19500,3900,1950,364650$`))
      expect(rows.at(-1)).toBe("TOTAL,,,,390000,0,19500,3900,1950,364650")
      const previous = await api.get(`/sellers/me/payouts?period=2020-01`, household.headers)
      expect(previous.data.lines).toEqual([])
      expect((await settle(api.get("/sellers/me/payouts?period=2026-13", household.headers))).status).toBe(400)

      const { data: detail } = await api.get(`/admin/sellers/${household.seller.id}`, admin)
      expect(detail.seller.payouts.totals.net).toBe(364650)
    })

    it("cancels the Medusa order, releasing its reservations, once every seller has cancelled its part", async () => {
      const buyer = await customer("muahuy@example.vn")
      const order = await placeCodOrder(api, buyer, {
        regionId,
        email: "muahuy@example.vn",
        lines: [
          { variant_id: coopVariant, quantity: 1 },
          { variant_id: householdVariant, quantity: 2 },
        ],
      })
      await sellerOrder(coop.headers, order.id)
      await sellerOrder(household.headers, order.id)
      const reservations = () =>
        getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: order.items.map((item) => item.id) })
      expect(await reservations()).toHaveLength(2)
      const status = async () => (await api.get(`/store/orders/${order.id}`, buyer)).data.order.status

      // One part cancelled: the other seller still ships, the order stays open.
      await api.post(`/sellers/me/orders/${order.id}/cancel`, { reason: "Hết hàng" }, household.headers)
      expect(await status()).toBe("pending")
      expect(await reservations()).toHaveLength(2)

      await api.post(`/sellers/me/orders/${order.id}/accept`, {}, coop.headers)
      const cancelled = await api.post(`/sellers/me/orders/${order.id}/cancel`, { reason: "Không giao được" }, coop.headers)
      expect(cancelled.data.order.status).toBe("cancelled")
      expect(await status()).toBe("canceled")
      expect(await reservations()).toEqual([])
      const { data } = await api.get(`/store/ocop/orders/${order.id}/shipments`, buyer)
      expect(data.shipments.map((s: any) => [s.status, s.cancel_reason]).sort()).toEqual([
        ["cancelled", "Hết hàng"],
        ["cancelled", "Không giao được"],
      ])
    })

    it("cancels a seller's part with a reason (refunded in its payout line) and keeps other sellers' orders out of reach", async () => {
      const order = await placeCodOrder(api, { headers: { "x-publishable-api-key": publishableKey } }, {
        regionId,
        email: "khachle@example.vn",
        lines: [{ variant_id: householdVariant, quantity: 1 }],
      })
      const part = await sellerOrder(household.headers, order.id)
      expect(part.status).toBe("pending")
      const noReason = await settle(api.post(`/sellers/me/orders/${order.id}/cancel`, {}, household.headers))
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/reason/)
      const cancelled = await api.post(`/sellers/me/orders/${order.id}/cancel`, { reason: "Hết hàng vụ này" }, household.headers)
      expect(cancelled.data.order).toMatchObject({ status: "cancelled", cancel_reason: "Hết hàng vụ này" })
      expect(cancelled.data.order.payout).toMatchObject({ gross: 390000, refunds: 390000, commission: 0, withholding_vat: 0, withholding_pit: 0, net: 0 })

      // The cooperative has no part in this order: 404 on every order route, and no ledger line.
      let cells = 0
      for (const [method, path, body] of [
        ["get", "", undefined],
        ["post", "/accept", {}],
        ["post", "/pack", {}],
        ["post", "/ship", { tracking_number: "VNP000000001" }],
        ["post", "/cancel", { reason: "không phải của tôi" }],
      ] as const) {
        const url = `/sellers/me/orders/${order.id}${path}`
        const response = await settle(method === "get" ? api.get(url, coop.headers) : api.post(url, body, coop.headers))
        expect([url, response.status]).toEqual([url, 404])
        cells++
      }
      expect((await api.get("/sellers/me/payouts", coop.headers)).data.lines.map((l: any) => l.order_id)).not.toContain(order.id)
      // Order and payout routes refuse callers that are not seller members.
      for (const headers of [{}, admin]) {
        for (const url of ["/sellers/me/orders", `/sellers/me/orders/${order.id}`, "/sellers/me/payouts", "/sellers/me/payouts/statement.csv?period=2026-11"]) {
          expect([url, (await settle(api.get(url, headers))).status]).toEqual([url, 401])
          cells++
        }
      }
      console.log(`isolation matrix (orders, payouts): ${cells} cells`)
    })

    it("takes a campaign discount off the seller's gross: the payout is on what the buyer paid", async () => {
      // 10 % off the cooperative's product, by code (so no other cart of this file gets it)
      const promotion = await percentOffCode(api, admin, "HTX10", 10, { maxQuantity: 100, productIds: [coopProduct] })
      expect([promotion.status, promotion.data.message]).toEqual([200, undefined])
      const store = { headers: { "x-publishable-api-key": publishableKey } }
      const cartId = await readyCart(api, store, {
        regionId,
        email: "muagiamgia@example.vn",
        lines: [
          { variant_id: coopVariant, quantity: 2 },
          { variant_id: householdVariant, quantity: 1 },
        ],
      })
      await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["HTX10"] }, store)
      await chooseCashOnDelivery(api, store, cartId)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      const order = data.order

      // 2 × 85,000 less 10 % = 153,000; the household business's line is untouched
      const coopLine = (await sellerOrder(coop.headers, order.id)).payout
      expect(coopLine).toMatchObject({ gross: 153000, commission: 12240, net: 140760 })
      expect((await sellerOrder(household.headers, order.id)).payout).toMatchObject({ gross: 390000 })
      // The sellers' gross adds up to what the buyer paid for the items
      const { data: adminOrder } = await api.get(`/admin/orders/${order.id}?fields=item_total`, admin)
      expect(coopLine.gross + 390000).toBe(adminOrder.order.item_total)
    })
  },
})
