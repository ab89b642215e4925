import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { demoStore } from "../helpers/demo-store"
import { firstDemoVariant } from "../helpers/variants"
import { readyCodCarts } from "../helpers/checkout"
import { settle } from "../helpers/ocop"

const STOCK = 10
const BUYERS = 100

/**
 * Failure drills for checkout under contention, through the store API on the real database:
 * many buyers racing for the last units, and a buyer whose browser submits twice.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let publishableKey: string
    let regionId: string
    let variantId: string
    let inventoryItemId: string

    const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })

    beforeAll(async () => {
      publishableKey = demo.publishableKey
      regionId = demo.regionId
      // A product the store sells (certified, in the OCOP channel), with managed stock
      const { data } = await api.get(
        "/store/products?limit=1&fields=handle,*variants,variants.manage_inventory",
        store(),
      )
      variantId = firstDemoVariant(data.products[0]).id
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [variant],
      } = await query.graph({
        entity: "variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: variantId },
      })
      inventoryItemId = variant.inventory_items![0]!.inventory_item_id
    })

    /** Makes `available` units sellable on top of what earlier orders already reserved. */
    async function setAvailable(available: number) {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
      await inventory.updateInventoryLevels([
        {
          inventory_item_id: inventoryItemId,
          location_id: level.location_id,
          stocked_quantity: Number(level.reserved_quantity) + available,
        },
      ])
    }

    async function stock() {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
      return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
    }

    async function ordersOfVariant() {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order_line_item",
        fields: ["id", "quantity"],
        filters: { variant_id: variantId },
      })
      return data as { id: string; quantity: number }[]
    }

    /** Ready-to-pay carts of one unit each, prepared beforehand so the race is only the completion. */
    async function paidCarts(count: number, tag: string) {
      const emails = Array.from({ length: count }, (_, i) => `drill-${tag}-${i}@ocop.test`)
      return readyCodCarts(api, store(), getContainer(), {
        regionId,
        lines: [{ variant_id: variantId, quantity: 1 }],
        emails,
      })
    }

    it(`sells exactly ${STOCK} units to ${BUYERS} buyers completing at once: ${STOCK} orders, stock 0, the rest refused cleanly`, async () => {
      await setAvailable(STOCK)
      const before = (await ordersOfVariant()).length
      const carts = await paidCarts(BUYERS, "oversell")
      const results = await Promise.all(carts.map((id) => settle(api.post(`/store/carts/${id}/complete`, {}, store()))))

      const orders = results.filter((r) => r.status === 200 && r.data.type === "order")
      expect(orders).toHaveLength(STOCK)
      // Every other buyer gets an answer (no 5xx, no hang): a refused cart naming the stock problem
      for (const r of results.filter((r) => !(r.status === 200 && r.data.type === "order"))) {
        expect(r.status).toBeLessThan(500)
        expect(JSON.stringify(r.data)).toMatch(/inventory|stock|quantity/i)
      }
      expect((await ordersOfVariant()).length - before).toBe(STOCK)
      const level = await stock()
      expect(level.stocked - level.reserved).toBe(0)
    }, 600_000)

    it("turns one cart submitted twice at the same moment into exactly one order", async () => {
      await setAvailable(5)
      const [cartId] = await paidCarts(1, "double")
      const before = (await ordersOfVariant()).length
      const results = await Promise.all(
        [1, 2, 3].map(() => settle(api.post(`/store/carts/${cartId}/complete`, {}, store()))),
      )

      for (const r of results) expect(r.status).toBeLessThan(500)
      const orderIds = new Set(results.filter((r) => r.data?.type === "order").map((r) => r.data.order.id))
      expect(orderIds.size).toBe(1)
      expect((await ordersOfVariant()).length - before).toBe(1)
      const level = await stock()
      expect(level.stocked - level.reserved).toBe(4)
      // A retry after the fact returns the same order, not a second one
      const retry = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store()))
      expect(retry.status).toBe(200)
      expect(retry.data.order.id).toBe([...orderIds][0])
      expect((await ordersOfVariant()).length - before).toBe(1)
    }, 120_000)

    it("discards the order a completion cut by a crash left without cart or payment, when the buyer retries", async () => {
      await setAvailable(5)
      const [cartId] = await paidCarts(1, "crash")
      const { data: cartData } = await api.get(`/store/carts/${cartId}`, store())
      const cart = cartData.cart
      // What completeCartWorkflow leaves when the process dies after its order step and before its
      // link step: the order with the cart's customer, email and lines, a reservation, no cart, no payment
      expect(cart.customer_id).toBeTruthy()
      const orderModule = getContainer().resolve(Modules.ORDER)
      const [leftover] = await orderModule.createOrders([
        {
          customer_id: cart.customer_id,
          email: cart.email,
          region_id: regionId,
          currency_code: cart.currency_code,
          sales_channel_id: cart.sales_channel_id,
          items: cart.items.map((item: any) => ({
            title: item.title,
            variant_id: item.variant_id,
            quantity: item.quantity,
            unit_price: item.unit_price,
          })),
        },
      ])
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
      await inventory.createReservationItems([
        {
          line_item_id: leftover.items![0].id,
          inventory_item_id: inventoryItemId,
          location_id: level.location_id,
          quantity: 1,
        },
      ])

      const retry = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store()))
      expect(retry.status).toBe(200)
      expect(retry.data.type).toBe("order")
      expect(retry.data.order.id).not.toBe(leftover.id)
      const remaining = await orderModule.listOrders({ id: [leftover.id, retry.data.order.id] })
      expect(remaining.map((o) => o.id)).toEqual([retry.data.order.id])
      // One unit reserved for the one order: the leftover's reservation went with it
      const after = await stock()
      expect(after.stocked - after.reserved).toBe(4)
    }, 120_000)
  },
})
