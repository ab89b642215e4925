import {
  integrationTestRunner,
  settle,
  createCart,
  placeCodOrder,
  demoStore,
  firstDemoVariant,
  onlyVariant,
} from "@ocop/backend/testing"

type Part = { productId: string; variantId: string; inventoryItemId: string; producer: string }

/**
 * Gift boxes: one item made of products from several producers, its stock derived from the parts
 * through Medusa's inventory kits (a variant with several inventory items and required quantities).
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 30 })
    let locationId: string
    let parts: Part[]

    async function partOf(product: { id: string; ocop: { producer: string } }): Promise<Part> {
      const { data } = await api.get(
        `/admin/products/${product.id}?fields=id,handle,variants.id,variants.sku,variants.inventory_items.inventory_item_id`,
        demo.admin,
      )
      const variant = firstDemoVariant(data.product)
      return {
        productId: product.id,
        variantId: variant.id,
        inventoryItemId: variant.inventory_items[0].inventory_item_id,
        producer: product.ocop.producer,
      }
    }

    async function setStock(part: Part, quantity: number) {
      await api.post(
        `/admin/inventory-items/${part.inventoryItemId}/location-levels/${locationId}`,
        { stocked_quantity: quantity },
        demo.admin,
      )
    }

    async function available(variantId: string, productId: string) {
      const { data } = await api.get(
        `/store/products?id=${productId}&region_id=${demo.regionId}&fields=id,variants.id,%2Bvariants.inventory_quantity`,
        demo.store(),
      )
      return data.products[0].variants.find((v: any) => v.id === variantId).inventory_quantity as number
    }

    beforeAll(async () => {
      locationId = demo.stockLocationId
      const { data } = await api.get("/store/ocop/products?limit=100", demo.store())
      const goods = data.products.filter((p: any) => p.ocop.product_group !== 6)
      const first = goods[0]
      const second = goods.find((p: any) => p.ocop.producer !== first.ocop.producer)
      parts = [await partOf(first), await partOf(second)]
    })

    async function createBox(body: Record<string, unknown> = {}) {
      return settle(
        api.post(
          "/admin/ocop/gift-boxes",
          {
            title: "Hộp quà Tết OCOP",
            handle: "hop-qua-tet-ocop",
            price: 450_000,
            parts: [
              { variant_id: parts[0].variantId, quantity: 1 },
              { variant_id: parts[1].variantId, quantity: 2 },
            ],
            ...body,
          },
          demo.admin,
        ),
      )
    }

    it("derives the box's stock from its parts, reduces each part when sold, and runs out with a part", async () => {
      await setStock(parts[0], 10)
      await setStock(parts[1], 5)
      const { status, data } = await createBox()
      expect(status).toBe(201)
      const box = data.product
      expect(box.metadata.ocop_gift_box_parts.sort()).toEqual(parts.map((p) => p.productId).sort())
      expect(
        onlyVariant(box)
          .inventory_items.map((i: any) => [i.inventory_item_id, i.required_quantity])
          .sort(),
      ).toEqual(
        [
          [parts[0].inventoryItemId, 1],
          [parts[1].inventoryItemId, 2],
        ].sort(),
      )
      const boxVariant = onlyVariant(box).id
      // min(10 / 1, 5 / 2) = 2 boxes.
      expect(await available(boxVariant, box.id)).toBe(2)

      await placeCodOrder(api, demo.store(), {
        regionId: demo.regionId,
        email: "khach@example.com",
        lines: [{ variant_id: boxVariant, quantity: 1 }],
      })
      expect(await available(parts[0].variantId, parts[0].productId)).toBe(9)
      expect(await available(parts[1].variantId, parts[1].productId)).toBe(3)
      expect(await available(boxVariant, box.id)).toBe(1)

      // The second part runs out elsewhere: the box is out of stock and cannot be added to a cart.
      await setStock(parts[1], 3)
      expect(await available(parts[1].variantId, parts[1].productId)).toBe(1)
      expect(await available(boxVariant, box.id)).toBe(0)
      const refused = await settle(
        createCart(api, demo.store(), demo.regionId, [{ variant_id: boxVariant, quantity: 1 }]),
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/inventory|stock/i)
    })

    it("refuses a box from a single producer, or with an unknown part, naming parts", async () => {
      const { data } = await api.get("/store/ocop/products?limit=100", demo.store())
      const byProducer = new Map<string, any[]>()
      for (const p of data.products.filter((p: any) => p.ocop.product_group !== 6)) {
        byProducer.set(p.ocop.producer, [...(byProducer.get(p.ocop.producer) ?? []), p])
      }
      const pair = [...byProducer.values()].find((list) => list.length >= 2)
      if (pair) {
        const [a, b] = [await partOf(pair[0]), await partOf(pair[1])]
        const single = await createBox({
          parts: [
            { variant_id: a.variantId, quantity: 1 },
            { variant_id: b.variantId, quantity: 1 },
          ],
        })
        expect([single.status, single.data.message]).toEqual([
          400,
          expect.stringMatching(/parts: .*at least two producers/),
        ])
      }
      const unknown = await createBox({
        parts: [
          { variant_id: parts[0].variantId, quantity: 1 },
          { variant_id: "variant_nope", quantity: 1 },
        ],
      })
      expect([unknown.status, unknown.data.message]).toEqual([
        400,
        expect.stringMatching(/parts.variant_id: no product variant variant_nope/),
      ])
      const one = await createBox({ parts: [{ variant_id: parts[0].variantId, quantity: 1 }] })
      expect([one.status, one.data.message]).toEqual([400, expect.stringMatching(/'parts'.*2/)])
      expect((await settle(api.post("/admin/ocop/gift-boxes", {}))).status).toBe(401)
    })
  },
})
