import {
  approvedSeller,
  certifyProduct,
  HANOI_ADDRESS,
  integrationTestRunner,
  productBody,
  seedDemo,
  settle,
  demoStore,
  variantBySku,
} from "@ocop/backend/testing"

const TOURISM = { product_group: 6, subgroup: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch" }
/** A date some weeks ahead, as the cooperative types it (Vietnam time). */
function dayAhead(days: number) {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)
}

/**
 * Community tourism (group 6): a cooperative opens dated slots of its services (its own only); a
 * visitor books places on a slot, and checks out without address or shipping; concurrent
 * checkouts never book more persons than the slot takes; each booking has a signed voucher that
 * only the cooperative holding the slot can check in, once; a cancelled order gives its places back.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 6 })
    let coop: Awaited<ReturnType<typeof approvedSeller>>
    let other: Awaited<ReturnType<typeof approvedSeller>>
    let serviceVariant: string
    let serviceProduct: string
    let goodsVariant: string

    beforeAll(async () => {
      // The first six demo products hold one tourism service (group 6): the seed gives it slots.
      coop = await approvedSeller(api, demo.admin, 61)
      other = await approvedSeller(api, demo.admin, 62)
      const service = await api.post(
        "/sellers/me/products",
        productBody("HS61", {
          title: "Homestay bản Cát Cát",
          product_group: 6,
          variants: [{ title: "Một đêm", sku: "HS61-1D", price_vnd: 350_000, stock: 0 }],
        }),
        coop.headers,
      )
      serviceProduct = service.data.product.id
      serviceVariant = variantBySku(service.data.product, "HS61-1D").id
      await certifyProduct(api, demo.admin, coop.subjectId, serviceProduct, "8061/QĐ-UBND", TOURISM)
      await api.post(`/sellers/me/products/${serviceProduct}/publish`, {}, coop.headers)
      const goods = await api.post("/sellers/me/products", productBody("G61"), coop.headers)
      goodsVariant = variantBySku(goods.data.product, "G61-100").id
      await certifyProduct(api, demo.admin, coop.subjectId, goods.data.product.id, "8062/QĐ-UBND")
      await api.post(`/sellers/me/products/${goods.data.product.id}/publish`, {}, coop.headers)
    })

    async function openSlot(capacity: number, days: number, time = "08:00") {
      const { data } = await api.post(
        "/sellers/me/tourism/slots",
        { variant_id: serviceVariant, date: dayAhead(days), time, capacity },
        coop.headers,
      )
      return data.slot
    }

    /** A guest cart booking `persons` on a slot, cash on delivery: no address, no shipping method. */
    async function bookingCart(email: string, slotId: string, persons = 1) {
      const { data } = await api.post("/store/carts", { region_id: demo.regionId, email }, demo.store())
      const cartId = data.cart.id
      const { data: line } = await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: serviceVariant, quantity: persons, metadata: { tourism_slot_id: slotId } },
        demo.store(),
      )
      expect(line.cart.items[0].requires_shipping).toBe(false)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, demo.store())
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        demo.store(),
      )
      return cartId as string
    }

    async function slotOnProductPage(slotId: string) {
      const { data } = await api.get(`/store/ocop/tourism/products/${serviceProduct}/slots`, demo.store())
      return data.slots.find((s: any) => s.id === slotId)
    }

    it("seeds a slot on each of the next 14 days for the demo tourism products, once, bookable without shipping", async () => {
      const seededSlots = async () =>
        (await api.get("/admin/ocop/tourism/slots", demo.admin)).data.slots.filter((s: any) => s.seller_name === null)
      const before = await seededSlots()
      expect(before).toHaveLength(14)
      expect(before.every((s: any) => s.capacity === 8 && s.open)).toBe(true)
      await seedDemo(getContainer(), { productLimit: 6 })
      expect((await seededSlots()).map((s: any) => s.id)).toEqual(before.map((s: any) => s.id))
      const [first] = before
      const { data: product } = await api.get(
        `/admin/products/${first.product_id}?fields=variants.id,variants.manage_inventory,shipping_profile.id`,
        demo.admin,
      )
      expect(product.product.shipping_profile ?? null).toBeNull()
      expect(product.product.variants.every((v: any) => v.manage_inventory === false)).toBe(true)
    })

    it("lets a cooperative open and close slots of its own services only, visible to the admin", async () => {
      const slot = await openSlot(4, 20, "14:30")
      // 14:30 in Vietnam is 07:30 UTC.
      expect(slot).toMatchObject({ capacity: 4, booked: 0, left: 4, open: true, time_zone: "Asia/Ho_Chi_Minh" })
      expect(slot.starts_at).toBe(`${dayAhead(20)}T07:30:00.000Z`)
      const create = (body: Record<string, unknown>, headers = coop.headers) =>
        settle(api.post("/sellers/me/tourism/slots", body, headers))
      const good = { variant_id: serviceVariant, date: dayAhead(21), time: "08:00", capacity: 5 }
      for (const bad of [
        { ...good, date: "2026-02-30" },
        { ...good, date: "21/12/2026" },
        { ...good, time: "25:00" },
        { ...good, capacity: 0 },
        { ...good, capacity: 2.5 },
        { ...good, extra: true },
      ])
        expect({ bad, status: (await create(bad)).status }).toEqual({ bad, status: 400 })
      expect((await create({ ...good, date: dayAhead(-2) })).status).toBe(400)
      expect((await create({ ...good, date: dayAhead(20), time: "14:30" })).status).toBe(422)
      // Goods have no slots; another cooperative's variant looks like a missing one.
      expect((await create({ ...good, variant_id: goodsVariant })).status).toBe(400)
      expect((await create(good, other.headers)).status).toBe(404)
      expect((await settle(api.get(`/sellers/me/tourism/slots/${slot.id}`, other.headers))).status).toBe(404)
      expect((await settle(api.post(`/sellers/me/tourism/slots/${slot.id}/close`, {}, other.headers))).status).toBe(404)
      const { data: theirs } = await api.get("/sellers/me/tourism/slots", other.headers)
      expect(theirs.slots).toEqual([])
      expect((await settle(api.get("/sellers/me/tourism/slots"))).status).toBe(401)

      const { data: mine } = await api.get("/sellers/me/tourism/slots", coop.headers)
      expect(mine.services).toEqual([
        { id: serviceProduct, title: "Homestay bản Cát Cát", variants: [{ id: serviceVariant, title: "Một đêm" }] },
      ])
      expect(mine.slots.map((s: any) => s.id)).toContain(slot.id)
      const { data: adminList } = await api.get("/admin/ocop/tourism/slots", demo.admin)
      expect(adminList.slots.find((s: any) => s.id === slot.id)).toMatchObject({
        product_title: "Homestay bản Cát Cát",
        variant_title: "Một đêm",
        seller_name: coop.seller.legal_name,
      })

      expect(await slotOnProductPage(slot.id)).toMatchObject({ open: true, left: 4 })
      const { data: closed } = await api.post(`/sellers/me/tourism/slots/${slot.id}/close`, {}, coop.headers)
      expect(closed.slot).toMatchObject({ closed: true, open: false })
      expect(await slotOnProductPage(slot.id)).toMatchObject({ closed: true, open: false })
      const { data } = await api.post("/store/carts", { region_id: demo.regionId }, demo.store())
      const refused = await settle(
        api.post(
          `/store/carts/${data.cart.id}/line-items`,
          { variant_id: serviceVariant, quantity: 1, metadata: { tourism_slot_id: slot.id } },
          demo.store(),
        ),
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/^tourism_slot \(slot_closed\)/)
    })

    it("refuses a service line without an open slot with the places asked for, and a slot on goods", async () => {
      const slot = await openSlot(2, 22)
      const { data } = await api.post("/store/carts", { region_id: demo.regionId }, demo.store())
      const add = (body: Record<string, unknown>) =>
        settle(api.post(`/store/carts/${data.cart.id}/line-items`, body, demo.store()))
      const reasons = async (body: Record<string, unknown>) => (await add(body)).data.message?.match(/\((\w+)\)/)?.[1]
      expect(await reasons({ variant_id: serviceVariant, quantity: 1 })).toBe("slot_required")
      expect(
        await reasons({ variant_id: serviceVariant, quantity: 1, metadata: { tourism_slot_id: "tslot_nope" } }),
      ).toBe("slot_not_found")
      expect(await reasons({ variant_id: serviceVariant, quantity: 3, metadata: { tourism_slot_id: slot.id } })).toBe(
        "slot_full",
      )
      expect(await reasons({ variant_id: goodsVariant, quantity: 1, metadata: { tourism_slot_id: slot.id } })).toBe(
        "not_a_service",
      )
      expect(
        (await add({ variant_id: serviceVariant, quantity: 2, metadata: { tourism_slot_id: slot.id } })).status,
      ).toBe(200)
      // More persons than the slot takes, in one line or across two.
      const { data: cart } = await api.get(`/store/carts/${data.cart.id}`, demo.store())
      const line = cart.cart.items[0]
      expect(line.metadata).toEqual({ tourism_slot_id: slot.id, tourism_starts_at: slot.starts_at })
      expect(
        (await settle(api.post(`/store/carts/${data.cart.id}/line-items/${line.id}`, { quantity: 3 }, demo.store())))
          .status,
      ).toBe(400)
      expect(await reasons({ variant_id: serviceVariant, quantity: 1, metadata: { tourism_slot_id: slot.id } })).toBe(
        "slot_full",
      )
    })

    it("holds a cart made with its lines to the same rules", async () => {
      const slot = await openSlot(2, 26)
      const made = await settle(
        api.post(
          "/store/carts",
          { region_id: demo.regionId, items: [{ variant_id: serviceVariant, quantity: 1 }] },
          demo.store(),
        ),
      )
      expect(made.status).toBe(400)
      expect(made.data.message).toMatch(/^tourism_slot \(slot_required\)/)
      const full = await settle(
        api.post(
          "/store/carts",
          {
            region_id: demo.regionId,
            items: [{ variant_id: serviceVariant, quantity: 3, metadata: { tourism_slot_id: slot.id } }],
          },
          demo.store(),
        ),
      )
      expect(full.data.message).toMatch(/^tourism_slot \(slot_full\)/)
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: demo.regionId,
          items: [{ variant_id: serviceVariant, quantity: 2, metadata: { tourism_slot_id: slot.id } }],
        },
        demo.store(),
      )
      expect(data.cart.items[0]).toMatchObject({
        requires_shipping: false,
        metadata: { tourism_slot_id: slot.id, tourism_starts_at: slot.starts_at },
      })
    })

    it("checks out a service without address or shipping, and ships only the goods of a mixed cart", async () => {
      const slot = await openSlot(5, 23)
      const cartId = await bookingCart("khach-dichvu@example.com", slot.id, 2)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, demo.store())
      expect(data.type).toBe("order")
      expect(data.order.shipping_address?.address_1 ?? null).toBeNull()
      expect(data.order.shipping_methods ?? []).toEqual([])
      expect(Number(data.order.shipping_total)).toBe(0)
      expect(data.order.total).toBe(700_000)
      expect(await slotOnProductPage(slot.id)).toMatchObject({ booked: 2, left: 3 })

      const { data: mixed } = await api.post(
        "/store/carts",
        { region_id: demo.regionId, email: "khach-hon-hop@example.com", shipping_address: HANOI_ADDRESS },
        demo.store(),
      )
      await api.post(
        `/store/carts/${mixed.cart.id}/line-items`,
        { variant_id: serviceVariant, quantity: 1, metadata: { tourism_slot_id: slot.id } },
        demo.store(),
      )
      const { data: withGoods } = await api.post(
        `/store/carts/${mixed.cart.id}/line-items`,
        { variant_id: goodsVariant, quantity: 1 },
        demo.store(),
      )
      const byVariant = new Map(withGoods.cart.items.map((i: any) => [i.variant_id, i.requires_shipping]))
      expect(Object.fromEntries(byVariant)).toEqual({ [serviceVariant]: false, [goodsVariant]: true })
      const { data: collection } = await api.post(
        "/store/payment-collections",
        { cart_id: mixed.cart.id },
        demo.store(),
      )
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        demo.store(),
      )
      // The goods need a shipping method; nothing is booked by the refused attempt.
      const refused = await settle(api.post(`/store/carts/${mixed.cart.id}/complete`, {}, demo.store()))
      expect(refused.data.type === "order").toBe(false)
      expect(await slotOnProductPage(slot.id)).toMatchObject({ booked: 2, left: 3 })
    })

    it("delivers the cooperative's order part once every visitor of it has checked in, accepting it first if needed", async () => {
      const [first, second] = [await openSlot(4, 26), await openSlot(4, 27)]
      const { data } = await api.post(
        "/store/carts",
        { region_id: demo.regionId, email: "khach-hai-ngay@example.com" },
        demo.store(),
      )
      const cartId = data.cart.id
      for (const slot of [first, second])
        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: serviceVariant, quantity: 1, metadata: { tourism_slot_id: slot.id } },
          demo.store(),
        )
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, demo.store())
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        demo.store(),
      )
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, demo.store())
      const { data: voucher } = await api.get(
        `/store/ocop/bookings/${placed.order.id}/voucher`,
        demo.store({ "x-order-token": placed.order.access_token }),
      )
      const codes = voucher.voucher.bookings.map((b: any) => b.code as string)
      expect(codes).toHaveLength(2)
      const part = async () => {
        const { data: list } = await api.get("/sellers/me/orders", coop.headers)
        return list.orders.find((o: any) => o.number.startsWith(`${placed.order.display_id}-`))
      }
      expect(await part()).toMatchObject({ status: "pending", services_only: true, delivered_at: null })

      // One visitor of two arrived: the part waits for the other.
      expect((await api.post("/sellers/me/tourism/check-ins", { code: codes[0] }, coop.headers)).status).toBe(200)
      expect((await part()).status).toBe("pending")
      expect((await api.post("/sellers/me/tourism/check-ins", { code: codes[1] }, coop.headers)).status).toBe(200)
      const delivered = await part()
      expect(delivered.status).toBe("delivered")
      expect(new Date(delivered.delivered_at).getTime()).toBeGreaterThan(Date.now() - 60_000)
    })

    it("never books more persons than a slot takes under concurrent checkouts", async () => {
      const slot = await openSlot(3, 24)
      const carts = []
      for (let i = 0; i < 6; i++) carts.push(await bookingCart(`khach-dong-thoi-${i}@example.com`, slot.id))
      const results = await Promise.all(
        carts.map((id) => settle(api.post(`/store/carts/${id}/complete`, {}, demo.store()))),
      )
      const orders = results.filter((r) => r.status === 200 && r.data.type === "order")
      const refused = results.filter((r) => !(r.status === 200 && r.data.type === "order"))
      expect(orders).toHaveLength(3)
      expect(refused).toHaveLength(3)
      for (const r of refused) expect(JSON.stringify(r.data)).toMatch(/tourism_slot \(slot_full\)/)
      expect(await slotOnProductPage(slot.id)).toMatchObject({ booked: 3, left: 0, open: false })
    })

    it("issues a signed voucher that only the slot's cooperative checks in, once; a cancelled order gives the places back", async () => {
      const slot = await openSlot(4, 25)
      const cartId = await bookingCart("khach-voucher@example.com", slot.id, 2)
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, demo.store())
      const order = placed.order

      // The guest's voucher: with the secret its completion gave, not with the order id alone.
      const voucherUrl = `/store/ocop/bookings/${order.id}/voucher`
      expect((await settle(api.get(voucherUrl, demo.store()))).status).toBe(404)
      const { data } = await api.get(voucherUrl, demo.store({ "x-order-token": order.access_token }))
      const [booking] = data.voucher.bookings
      expect(booking).toMatchObject({
        product_title: "Homestay bản Cát Cát",
        quantity: 2,
        slot_id: slot.id,
        used_at: null,
      })
      expect(booking.qr_svg).toMatch(/^<svg/)
      expect((await settle(api.get("/store/ocop/bookings/order_nope/voucher", demo.store()))).status).toBe(404)

      const checkIn = (code: string, headers = coop.headers) =>
        settle(api.post("/sellers/me/tourism/check-ins", { code }, headers))
      expect((await checkIn(booking.code, other.headers)).status).toBe(404)
      expect((await checkIn(`${booking.code.slice(0, -2)}xx`)).status).toBe(404)
      expect((await checkIn(order.id)).status).toBe(404)
      const first = await checkIn(` ${booking.code} `)
      expect(first.status).toBe(200)
      expect(first.data.booking).toMatchObject({ id: booking.id, quantity: 2, order_display_id: order.display_id })
      expect(first.data.booking.used_at).toBeTruthy()
      const again = await checkIn(booking.code)
      expect(again.status).toBe(409)
      expect(again.data).toMatchObject({ code: "voucher_used", booking: { id: booking.id } })
      const { data: perSlot } = await api.get(`/sellers/me/tourism/slots/${slot.id}`, coop.headers)
      expect(perSlot.bookings).toEqual([expect.objectContaining({ id: booking.id, quantity: 2, order_id: order.id })])

      // Another booking, cancelled by the operator: its places come back, its voucher stops.
      const cancelCart = await bookingCart("khach-huy@example.com", slot.id, 2)
      const { data: second } = await api.post(`/store/carts/${cancelCart}/complete`, {}, demo.store())
      expect(await slotOnProductPage(slot.id)).toMatchObject({ booked: 4, left: 0, open: false })
      const { data: secondVoucher } = await api.get(
        `/store/ocop/bookings/${second.order.id}/voucher`,
        demo.store({ "x-order-token": second.order.access_token }),
      )
      await api.post(`/admin/orders/${second.order.id}/cancel`, {}, demo.admin)
      for (let i = 0; i < 50 && (await slotOnProductPage(slot.id)).booked !== 2; i++)
        await new Promise((r) => setTimeout(r, 100))
      expect(await slotOnProductPage(slot.id)).toMatchObject({ booked: 2, left: 2, open: true })
      const cancelled = await checkIn(secondVoucher.voucher.bookings[0].code)
      expect(cancelled.status).toBe(409)
      expect(cancelled.data.code).toBe("booking_cancelled")
    })
  },
})
