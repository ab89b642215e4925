import { integrationTestRunner, seedDemo, adminHeaders, evaluationBody, settle, SUBJECT } from "@ocop/backend/testing"

const CAPACITY = 3
const BUYERS = 6
const SLOT = "2026-12-05"

/**
 * Community tourism (group 6): an experience's dated slot is a variant whose inventory item needs no
 * shipping and holds the slot's capacity. Booking needs no shipping address or method; concurrent
 * checkouts never book more places than the capacity; the order gets a voucher with a QR code.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let regionId: string
    let slotVariantId: string
    const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })

    beforeAll(async () => {
      const seeded = await seedDemo(getContainer(), { productLimit: 6 })
      publishableKey = seeded.publishableKey
      regionId = seeded.regions.vietnam.id
      const admin = await adminHeaders(api)
      const { data: item } = await api.post(
        "/admin/inventory-items",
        {
          sku: `HOMESTAY-CATCAT-${SLOT}`,
          title: `Homestay bản Cát Cát — ${SLOT}`,
          requires_shipping: false,
          location_levels: [{ location_id: seeded.stockLocation.id, stocked_quantity: CAPACITY }],
        },
        admin,
      )
      const { data: created } = await api.post(
        "/admin/products",
        {
          title: "Homestay bản Cát Cát",
          status: "published",
          metadata: { is_service: true },
          options: [{ title: "Ngày", values: [SLOT] }],
          variants: [
            {
              title: SLOT,
              options: { Ngày: SLOT },
              manage_inventory: true,
              prices: [{ currency_code: "vnd", amount: 350_000 }],
              inventory_items: [{ inventory_item_id: item.inventory_item.id, required_quantity: 1 }],
            },
          ],
        },
        admin,
      )
      slotVariantId = created.product.variants[0].id
      const { data: subject } = await api.post("/admin/ocop/subjects", SUBJECT, admin)
      // Certified as group 6: the certificate publishes it to the OCOP sales channel.
      await api.post(
        "/admin/ocop/certificates",
        {
          evaluation: evaluationBody(subject.subject.id, created.product.id, 80, {
            product_group: 6,
            subgroup: "Dich vu du lich cong dong, du lich sinh thai va diem du lich",
          }),
          decision_number: "9601/QĐ-UBND",
          decision_date: "2025-09-15",
          authority_level: "province",
          authority_name: "UBND tỉnh Lào Cai",
        },
        admin,
      )
    })

    /** A guest booking cart: one place, an e-mail, cash on delivery; no address, no shipping method. */
    async function bookingCart(email: string) {
      const { data } = await api.post("/store/carts", { region_id: regionId, email }, store())
      const cartId = data.cart.id
      const { data: line } = await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: slotVariantId, quantity: 1 },
        store(),
      )
      expect(line.cart.items[0].requires_shipping).toBe(false)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store())
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store(),
      )
      return cartId as string
    }

    it("never books more places than the slot's capacity under concurrent checkouts, and issues a QR voucher", async () => {
      const carts = []
      for (let i = 0; i < BUYERS; i++) carts.push(await bookingCart(`khach${i}@example.com`))
      const results = await Promise.all(carts.map((id) => settle(api.post(`/store/carts/${id}/complete`, {}, store()))))
      const orders = results.filter((r) => r.status === 200 && r.data.type === "order").map((r) => r.data.order)
      const refused = results.filter((r) => !(r.status === 200 && r.data.type === "order"))
      expect(orders).toHaveLength(CAPACITY)
      expect(refused).toHaveLength(BUYERS - CAPACITY)
      for (const r of refused) expect(JSON.stringify(r.data)).toMatch(/inventory|stock|available/i)
      expect(orders.map((o: any) => o.shipping_address?.address_1 ?? null)).toEqual(orders.map(() => null))

      const { data: product } = await api.get(
        `/store/products?region_id=${regionId}&fields=id,variants.id,%2Bvariants.inventory_quantity&limit=100`,
        store(),
      )
      const slot = product.products.flatMap((p: any) => p.variants).find((v: any) => v.id === slotVariantId)
      expect(slot.inventory_quantity).toBe(0)

      // The guest's voucher: with the secret its completion gave, not with the order id alone
      expect((await settle(api.get(`/store/ocop/bookings/${orders[0].id}/voucher`, store()))).status).toBe(404)
      const guest = { headers: { ...store().headers, "x-order-token": orders[0].access_token } }
      const { data } = await api.get(`/store/ocop/bookings/${orders[0].id}/voucher`, guest)
      expect(data.voucher).toMatchObject({
        order_id: orders[0].id,
        bookings: [{ title: "Homestay bản Cát Cát", slot: SLOT, quantity: 1 }],
      })
      expect(data.voucher.qr_svg).toMatch(/^<svg/)
      expect((await settle(api.get("/store/ocop/bookings/order_nope/voucher", store()))).status).toBe(404)
    })
  },
})
