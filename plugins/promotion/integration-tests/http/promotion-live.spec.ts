import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  approvedSeller,
  certifyProduct,
  eventually,
  integrationTestRunner,
  placeCodOrder,
  productBody,
  demoStore,
  settle,
  variantBySku,
} from "@ocop/backend/testing"

const HOUR = 3_600_000

/**
 * Live selling: a cooperative pins its own products on the live sessions it runs, each with a
 * session price (a Medusa automatic promotion in the session's campaign); carts get the price
 * only while the session runs (the session's window is moved to prove it); orders placed from the
 * session's page are counted for the cooperative and on the programme dashboard.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let admin: any
    let publishableKey: string
    let regionId: string
    let coopA: Awaited<ReturnType<typeof approvedSeller>>
    let coopB: Awaited<ReturnType<typeof approvedSeller>>
    /** Coop A's two products and coop B's one: { id, variant (the 100 g pack's id), price } */
    const products: Record<"a1" | "a2" | "b1", { id: string; variant: string; price: number }> = {} as any
    let sessionA: string
    let sessionB: string
    const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })

    async function listedProduct(seller: typeof coopA, sku: string, decision: string) {
      const { data } = await api.post("/sellers/me/products", productBody(sku), seller.headers)
      await certifyProduct(api, admin, seller.subjectId, data.product.id, decision)
      await api.post(`/sellers/me/products/${data.product.id}/publish`, {}, seller.headers)
      // The 100 g pack (85,000 ₫)
      const pack = variantBySku(data.product, `${sku}-100`)
      return { id: data.product.id, variant: pack.id, price: 85_000 }
    }

    const session = (handle: string, subjectId: string, from: number, to: number) => ({
      handle,
      title: `Phiên live ${handle}`,
      kind: "live",
      starts_at: new Date(Date.now() + from).toISOString(),
      ends_at: new Date(Date.now() + to).toISOString(),
      stream_url: "https://www.youtube.com/live/dQw4w9WgXcQ",
      province: "Lào Cai",
      producer_ids: [subjectId],
    })

    /** Moves a session's window (as the office edits it), relative to now. */
    const moveSession = (id: string, from: number, to: number) =>
      api.post(
        `/admin/ocop/events/${id}`,
        { starts_at: new Date(Date.now() + from).toISOString(), ends_at: new Date(Date.now() + to).toISOString() },
        admin,
      )

    const pins = async (id: string, headers = coopA.headers) =>
      (await api.get(`/sellers/me/live-sessions/${id}`, headers)).data.session.pins

    beforeAll(async () => {
      publishableKey = demo.publishableKey
      regionId = demo.regionId
      admin = demo.admin
      coopA = await approvedSeller(api, admin, 81)
      coopB = await approvedSeller(api, admin, 82)
      products.a1 = await listedProduct(coopA, "LIVE-A1", "8101/QĐ-UBND")
      products.a2 = await listedProduct(coopA, "LIVE-A2", "8102/QĐ-UBND")
      products.b1 = await listedProduct(coopB, "LIVE-B1", "8103/QĐ-UBND")
      sessionA = (await api.post("/admin/ocop/events", session("live-htx-a", coopA.subjectId, -HOUR, 2 * HOUR), admin))
        .data.event.id
      sessionB = (await api.post("/admin/ocop/events", session("live-htx-b", coopB.subjectId, -HOUR, 2 * HOUR), admin))
        .data.event.id
    })

    it("lets a cooperative pin, price and reorder its own products on its own sessions only", async () => {
      const { data: list } = await api.get("/sellers/me/live-sessions", coopA.headers)
      expect(list.sessions.map((s: any) => s.id)).toEqual([sessionA])

      const pin = (body: Record<string, unknown>, id = sessionA, headers = coopA.headers) =>
        settle(api.post(`/sellers/me/live-sessions/${id}/pins`, body, headers))
      expect((await pin({ product_id: products.a1.id, discount: { type: "percentage", value: 20 } })).status).toBe(200)
      const second = await pin({ product_id: products.a2.id, discount: { type: "fixed", value: 10_000 } })
      expect(second.data.pins.map((p: any) => [p.product_id, p.discount, p.own])).toEqual([
        [products.a1.id, { type: "percentage", value: 20 }, true],
        [products.a2.id, { type: "fixed", value: 10_000 }, true],
      ])
      const reordered = await api.post(
        `/sellers/me/live-sessions/${sessionA}/pin-order`,
        { product_ids: [products.a2.id, products.a1.id] },
        coopA.headers,
      )
      expect(reordered.data.pins.map((p: any) => p.product_id)).toEqual([products.a2.id, products.a1.id])

      // Another's product or session looks like a missing one; no writes follow.
      expect((await pin({ product_id: products.b1.id })).status).toBe(404)
      expect((await pin({ product_id: products.a1.id }, sessionB)).status).toBe(404)
      expect((await pin({ product_id: products.b1.id }, sessionA, coopB.headers)).status).toBe(404)
      expect((await settle(api.get(`/sellers/me/live-sessions/${sessionB}`, coopA.headers))).status).toBe(404)
      expect(
        (await settle(api.delete(`/sellers/me/live-sessions/${sessionA}/pins/${products.a1.id}`, coopB.headers)))
          .status,
      ).toBe(404)
      expect(
        (
          await settle(
            api.post(
              `/sellers/me/live-sessions/${sessionA}/pin-order`,
              { product_ids: [products.b1.id] },
              coopA.headers,
            ),
          )
        ).status,
      ).toBe(404)
      expect((await settle(api.get("/sellers/me/live-sessions"))).status).toBe(401)
      expect(
        (await settle(api.post(`/admin/ocop/events/${sessionA}/pins`, { product_id: products.a1.id }, coopA.headers)))
          .status,
      ).toBe(401)

      // Bad input: a 400, and the pins stay as they were.
      const before = await pins(sessionA)
      for (const bad of [
        { product_id: products.a1.id, discount: { type: "percentage", value: 95 } },
        { product_id: products.a1.id, discount: { type: "percentage", value: 0 } },
        { product_id: products.a1.id, discount: { type: "percentage", value: 12.5 } },
        { product_id: products.a1.id, discount: { type: "fixed", value: 80_000 } },
        { product_id: products.a1.id, discount: { type: "fixed", value: -1 } },
        { product_id: products.a1.id, discount: { type: "half", value: 50 } },
        { product_id: products.a1.id, extra: true },
        { product_id: "" },
        {},
      ])
        expect({ bad, status: (await pin(bad)).status }).toEqual({ bad, status: 400 })
      expect(
        (
          await settle(
            api.post(
              `/sellers/me/live-sessions/${sessionA}/pin-order`,
              { product_ids: [products.a1.id, products.a1.id] },
              coopA.headers,
            ),
          )
        ).status,
      ).toBe(400)
      expect(await pins(sessionA)).toEqual(before)

      // The store shows the pins with their session prices and the stream's embeddable player.
      const { data: page } = await api.get("/store/ocop/events/live-htx-a", store())
      expect(page.event.pins.map((p: any) => [p.product_id, p.discount.type])).toEqual([
        [products.a2.id, "fixed"],
        [products.a1.id, "percentage"],
      ])
      expect(page.event.stream_embed).toEqual({
        provider: "youtube",
        embed_url: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      })

      // The office may pin any product, and unpin it.
      const byOffice = await api.post(`/admin/ocop/events/${sessionA}/pins`, { product_id: products.b1.id }, admin)
      expect(byOffice.data.pins.map((p: any) => p.product_id)).toContain(products.b1.id)
      expect((await api.get(`/admin/ocop/events/${sessionA}`, admin)).data.event.pins).toHaveLength(3)
      // The cooperative sees the office's pin of another's product, but cannot move or remove it.
      expect((await pins(sessionA)).find((p: any) => p.product_id === products.b1.id).own).toBe(false)
      expect(
        (await settle(api.delete(`/sellers/me/live-sessions/${sessionA}/pins/${products.b1.id}`, coopA.headers)))
          .status,
      ).toBe(404)
      await api.delete(`/admin/ocop/events/${sessionA}/pins/${products.b1.id}`, admin)
      expect((await pins(sessionA)).map((p: any) => p.product_id)).toEqual([products.a2.id, products.a1.id])
    })

    it("applies the session price to carts while the session runs, not before or after", async () => {
      await api.post(
        `/sellers/me/live-sessions/${sessionA}/pins`,
        { product_id: products.a1.id, discount: { type: "percentage", value: 20 } },
        coopA.headers,
      )
      const cartWith = async (variant: string) => {
        const { data } = await api.post(
          "/store/carts",
          { region_id: regionId, email: "xem-live@example.vn", items: [{ variant_id: variant, quantity: 1 }] },
          store(),
        )
        return data.cart.id as string
      }
      const discountOf = async (cartId: string) => {
        const { data } = await api.get(
          `/store/carts/${cartId}?fields=id,discount_total,*items,*items.adjustments`,
          store(),
        )
        return Number(data.cart.discount_total)
      }
      // Running: 20 % off the pinned product.
      const during = await cartWith(products.a1.variant)
      expect(await discountOf(during)).toBeCloseTo(products.a1.price * 0.2, 0)

      // The line's promotion is the session's price: the cart can say so, and until when.
      const { data: priced } = await api.get(`/store/carts/${during}?fields=id,*items,*items.adjustments`, store())
      const promotionIds = priced.cart.items.flatMap((item: any) => item.adjustments.map((a: any) => a.promotion_id))
      expect(promotionIds).toHaveLength(1)
      const { data: sessionEvent } = await api.get(`/admin/ocop/events/${sessionA}`, admin)
      const { data: labelled } = await api.get(
        `/store/ocop/live-prices?promotion_id=${promotionIds[0]},promo_khac`,
        store(),
      )
      expect(labelled.live_prices).toEqual([
        {
          promotion_id: promotionIds[0],
          product_id: products.a1.id,
          event: {
            id: sessionA,
            handle: "live-htx-a",
            title: "Phiên live live-htx-a",
            starts_at: sessionEvent.event.starts_at,
            ends_at: sessionEvent.event.ends_at,
          },
        },
      ])
      // A cart's lines' promotions are looked up through their own index, not by reading every pin.
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const { rows: indexes } = await knex.raw(
        "SELECT indexdef FROM pg_indexes WHERE tablename = 'live_pin' AND indexname = 'IDX_live_pin_promotion_id'",
      )
      expect(indexes.map((row: any) => row.indexdef)).toEqual([
        expect.stringMatching(/\(promotion_id\) WHERE \(deleted_at IS NULL\)/),
      ])
      for (const query of ["", "?promotion_id=", "?promotion_id=a;b", `?promotion_id=${promotionIds[0]}&x=1`]) {
        expect([query, (await settle(api.get(`/store/ocop/live-prices${query}`, store()))).status]).toEqual([
          query,
          400,
        ])
      }
      const many = Array.from({ length: 101 }, (_, i) => `promo_${i}`).join(",")
      expect((await settle(api.get(`/store/ocop/live-prices?promotion_id=${many}`, store()))).status).toBe(400)

      // Moved to tomorrow: not yet. A cart refresh drops the price; a new cart never gets it.
      expect((await moveSession(sessionA, 24 * HOUR, 26 * HOUR)).status).toBe(200)
      await api.post(`/store/carts/${during}`, { email: "xem-live@example.vn" }, store())
      expect(await discountOf(during)).toBe(0)
      expect(await discountOf(await cartWith(products.a1.variant))).toBe(0)
      // Pinning and pricing is still open before the session.
      expect(
        (
          await settle(
            api.post(
              `/sellers/me/live-sessions/${sessionA}/pins`,
              { product_id: products.a1.id, discount: { type: "percentage", value: 25 } },
              coopA.headers,
            ),
          )
        ).status,
      ).toBe(200)

      // Moved to yesterday: over. No price, and the products can no longer change.
      await moveSession(sessionA, -26 * HOUR, -24 * HOUR)
      expect(await discountOf(await cartWith(products.a1.variant))).toBe(0)
      const late = await settle(
        api.post(
          `/sellers/me/live-sessions/${sessionA}/pins`,
          { product_id: products.a1.id, discount: { type: "percentage", value: 20 } },
          coopA.headers,
        ),
      )
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/session_ended/)

      // Running again: the (re-priced) session price is back; an unpinned product never had one.
      await moveSession(sessionA, -HOUR, 2 * HOUR)
      expect(await discountOf(await cartWith(products.a1.variant))).toBeCloseTo(products.a1.price * 0.25, 0)
      expect(await discountOf(await cartWith(products.b1.variant))).toBe(0)
    })

    it("counts the orders placed from a session for its cooperative and on the programme dashboard", async () => {
      await api.post(
        `/sellers/me/live-sessions/${sessionA}/pins`,
        { product_id: products.a1.id, discount: { type: "fixed", value: 10_000 } },
        coopA.headers,
      )
      const fromSession = { live_session_id: sessionA }
      const order = await placeCodOrder(api, store(), {
        regionId,
        email: "mua-tu-live@example.vn",
        lines: [
          { variant_id: products.a1.variant, quantity: 2, metadata: fromSession },
          // Not from the session's page; and a mark on a product the session does not sell.
          { variant_id: products.a2.variant, quantity: 1 },
          { variant_id: products.b1.variant, quantity: 1, metadata: fromSession },
        ],
      })
      // Another order marked for a session that does not sell the product: not counted anywhere.
      await placeCodOrder(api, store(), {
        regionId,
        email: "mua-khac@example.vn",
        lines: [{ variant_id: products.a1.variant, quantity: 1, metadata: { live_session_id: sessionB } }],
      })

      const { data } = await eventually(
        () => api.get(`/sellers/me/live-sessions/${sessionA}`, coopA.headers),
        ({ data }: any) => expect(data.session.figures.orders).toBe(1),
      )
      expect(data.session.figures).toEqual({
        orders: 1,
        units: 2,
        revenue: 2 * (products.a1.price - 10_000),
      })
      expect(order.id).toBeTruthy()
      // Coop B sold nothing from its own session.
      const { data: other } = await api.get(`/sellers/me/live-sessions/${sessionB}`, coopB.headers)
      expect(other.session.figures).toEqual({ orders: 0, units: 0, revenue: 0 })

      const { data: programme } = await api.get("/admin/ocop/programme", admin)
      const row = programme.live_sessions.find((s: any) => s.id === sessionA)
      expect(row).toMatchObject({ handle: "live-htx-a", status: "live", orders: 1, units: 2 })
      expect(programme.live_sessions.find((s: any) => s.id === sessionB)).toMatchObject({ orders: 0 })
      expect((await api.get(`/admin/ocop/events/${sessionA}`, admin)).data.event.figures.orders).toBe(1)
    })
  },
})
