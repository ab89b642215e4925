import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  certification,
  createBareProduct,
  integrationTestRunner,
  ocopChannelId,
  settle,
  demoStore,
  firstDemoVariant,
  variantBySku,
} from "@ocop/backend/testing"

const LIMIT = 12
const REASON = "Kiểm tra chất lượng không đạt: hàm lượng nước vượt tiêu chuẩn đã công bố"

/**
 * GET /store/ocop/products/:handle/page: everything a product's page shows in one answer, in a
 * bounded number of SQL statements, cacheable, and current after each change of price, stock or
 * certificate.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: LIMIT })
    let listed: { id: string; handle: string; title: string; ocop: Record<string, any> }[]

    beforeAll(async () => {
      listed = (await api.get("/store/ocop/products?limit=100", demo.store())).data.products
    })

    const pagePath = (handle: string) =>
      `/store/ocop/products/${encodeURIComponent(handle)}/page?region_id=${demo.regionId}&country_code=vn`
    const page = (handle: string, headers: Record<string, string> = {}) =>
      settle(api.get(pagePath(handle), { ...demo.store(headers), validateStatus: () => true }))

    /** Medusa's own store product answer for the same product: the reference for prices and stock. */
    async function medusaProduct(handle: string) {
      const { data } = await api.get(
        `/store/products?handle=${encodeURIComponent(handle)}&region_id=${demo.regionId}&country_code=vn` +
          `&fields=id,*variants.calculated_price,+variants.inventory_quantity`,
        demo.store(),
      )
      return data.products[0]
    }

    /** SQL statements the backend sends while answering one request. */
    async function statements(request: () => Promise<unknown>) {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const sql: string[] = []
      const listener = (q: { sql: string }) => sql.push(q.sql)
      knex.on("query", listener)
      try {
        await request()
      } finally {
        knex.removeListener("query", listener)
      }
      return sql
    }

    describe("a product on sale", () => {
      it("returns the product, its variants with VND prices (VAT included) and stock as Medusa computes them, certificate, producer, lots, related products and story", async () => {
        // Goods (services have no lots) with another product of their group.
        const product = listed.find(
          (p) =>
            p.ocop.product_group !== 6 &&
            listed.some((other) => other.id !== p.id && other.ocop.product_group === p.ocop.product_group),
        )!
        await api.post(
          `/admin/ocop/products/${product.id}/story`,
          { title: "Mùa hoa bạc hà", body: "Ong đi lấy mật từ tháng mười.", photos: [] },
          demo.admin,
        )
        const { status, data } = await page(product.handle)
        expect(status).toBe(200)
        expect(data.product).toMatchObject({ id: product.id, handle: product.handle, title: product.title })
        expect(data.product.metadata.title_en).toEqual(expect.any(String))
        expect(data.product.images.length).toBeGreaterThan(0)

        const reference = await medusaProduct(product.handle)
        expect(data.product.variants.map((v: any) => v.id)).toEqual(reference.variants.map((v: any) => v.id))
        for (const variant of data.product.variants) {
          const own = reference.variants.find((v: any) => v.id === variant.id)
          expect(variant.calculated_price).toMatchObject({
            currency_code: "vnd",
            calculated_amount: own.calculated_price.calculated_amount,
            calculated_amount_with_tax: own.calculated_price.calculated_amount_with_tax,
            original_amount: own.calculated_price.original_amount,
          })
          expect(Number.isInteger(variant.calculated_price.calculated_amount)).toBe(true)
          expect(variant.inventory_quantity).toBe(own.inventory_quantity ?? null)
        }

        // The certificate as the certificate page presents it, and the listing's compact object.
        const certificatePage = await api.get(`/store/ocop/products/${product.handle}/certificate`, demo.store())
        expect(data.certificate).toEqual(certificatePage.data.certificate)
        expect(data.certificate).toMatchObject({ status: "valid", valid: true, ended_on: null })
        expect(data.ocop).toEqual(product.ocop)
        expect(data.producer).toEqual({
          id: product.ocop.producer_id,
          name: product.ocop.producer,
          province: product.ocop.province,
        })

        expect(data.lots.count).toBeGreaterThan(0)
        expect(data.lots.latest.length).toBe(Math.min(data.lots.count, 5))
        const [lot] = data.lots.latest
        expect(Object.keys(lot).sort()).toEqual(
          ["best_before", "expiry_date", "gtin14", "lot_code", "origin_area", "production_date"].sort(),
        )
        expect(lot.gtin14).toMatch(/^\d{14}$/)
        expect(lot.production_date).toMatch(/^\d{4}-\d{2}-\d{2}$/)

        expect(data.related.length).toBeGreaterThan(0)
        expect(data.related.length).toBeLessThanOrEqual(4)
        for (const related of data.related) {
          expect(related.id).not.toBe(product.id)
          expect(related.ocop).toMatchObject({ valid: true, product_group: product.ocop.product_group })
          expect(related.variants.length).toBeGreaterThan(0)
          expect(firstDemoVariant(related).calculated_price.currency_code).toBe("vnd")
        }
        const sameGroup = listed.filter(
          (p) => p.id !== product.id && p.ocop.product_group === product.ocop.product_group,
        )
        expect(data.related.length).toBe(Math.min(4, sameGroup.length))

        expect(data.story).toMatchObject({ title: "Mùa hoa bạc hà", product: { id: product.id } })
        expect(data.region).toEqual({ id: demo.regionId, currency_code: "vnd" })
      })

      it("answers in a few SQL statements, whatever the product", async () => {
        const counts: number[] = []
        for (const product of listed.slice(0, 4)) {
          await page(product.handle) // warm: Medusa's first read of a module may load its metadata
          const sql = await statements(() => page(product.handle))
          console.log(`${product.handle}: ${sql.length} SQL statements\n${sql.map((s) => s.slice(0, 120)).join("\n")}`)
          counts.push(sql.length)
        }
        // Medusa's publishable key check (2, on every store route); the product, related products and
        // variants with stock (3); region and story (2); Medusa's pricing (3) and tax lines (3).
        for (const count of counts) expect(count).toBeLessThanOrEqual(13)
      })

      it("is public and cacheable with an ETag; If-None-Match gets a 304", async () => {
        const product = listed[2]
        const first = await page(product.handle)
        expect(first.headers["cache-control"]).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/)
        const etag = first.headers["etag"]
        expect(etag).toMatch(/^"[\w-]+"$/)
        const again = await page(product.handle, { "if-none-match": etag })
        expect(again.status).toBe(304)
        expect(again.headers["etag"]).toBe(etag)
        const other = await page(product.handle, { "if-none-match": '"something-else"' })
        expect(other.status).toBe(200)
        // The 304 is answered from the page's version, before the prices, taxes and story.
        const full = await statements(() => page(product.handle))
        const revalidated = await statements(() => page(product.handle, { "if-none-match": etag }))
        expect(revalidated.length).toBeLessThanOrEqual(6)
        expect(revalidated.length).toBeLessThan(full.length)
      })

      it("gets a new version when a related product's price changes", async () => {
        const product = listed.find((p) =>
          listed.some((q) => q.id !== p.id && q.ocop.product_group === p.ocop.product_group),
        )!
        const first = await page(product.handle)
        const related = first.data.related[0]
        expect(related).toBeDefined()
        const relatedVariant = firstDemoVariant(related)
        await api.post(
          `/admin/products/${related.id}/variants/${relatedVariant.id}`,
          { prices: [{ currency_code: "vnd", amount: relatedVariant.calculated_price.calculated_amount + 500 }] },
          demo.admin,
        )
        const after = await page(product.handle, { "if-none-match": first.headers["etag"] })
        expect(after.status).toBe(200)
        expect(after.headers["etag"]).not.toBe(first.headers["etag"])
        expect(
          variantBySku(
            after.data.related.find((r: any) => r.id === related.id),
            relatedVariant.sku,
          ).calculated_price.calculated_amount,
        ).toBe(relatedVariant.calculated_price.calculated_amount + 500)
      })

      it("changes at once when a price, the stock or the certificate change", async () => {
        const product = listed[3]
        const before = await page(product.handle)
        const variant = firstDemoVariant(before.data.product)
        const shown = (answer: any) => variantBySku(answer.data.product, variant.sku)

        // A new price, through the demo.admin.
        const newAmount = variant.calculated_price.calculated_amount + 1000
        await api.post(
          `/admin/products/${product.id}/variants/${variant.id}`,
          { prices: [{ currency_code: "vnd", amount: newAmount }] },
          demo.admin,
        )
        const repriced = await page(product.handle, { "if-none-match": before.headers["etag"] })
        expect(repriced.status).toBe(200)
        expect(shown(repriced).calculated_price.calculated_amount).toBe(newAmount)
        expect(shown(repriced).calculated_price.calculated_amount).toBe(
          (await medusaProduct(product.handle)).variants.find((v: any) => v.id === variant.id).calculated_price
            .calculated_amount,
        )
        expect(repriced.headers["etag"]).not.toBe(before.headers["etag"])

        // New stock at the warehouse.
        const { data: links } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "product_variant_inventory_items",
            fields: ["inventory_item_id"],
            filters: { variant_id: variant.id },
          })
        const inventoryItemId = (links[0] as any).inventory_item_id
        await api.post(
          `/admin/inventory-items/${inventoryItemId}/location-levels/${demo.stockLocationId}`,
          { stocked_quantity: 3 },
          demo.admin,
        )
        const restocked = await page(product.handle, { "if-none-match": repriced.headers["etag"] })
        expect(restocked.status).toBe(200)
        expect(shown(restocked).inventory_quantity).toBe(3)
        expect(shown(restocked).inventory_quantity).toBe(
          (await medusaProduct(product.handle)).variants.find((v: any) => v.id === variant.id).inventory_quantity,
        )
        await api.post(
          `/admin/inventory-items/${inventoryItemId}/location-levels/${demo.stockLocationId}`,
          { stocked_quantity: 0 },
          demo.admin,
        )
        expect(shown(await page(product.handle)).inventory_quantity).toBe(0)

        // The certificate revoked: the product leaves the channel and its page says why (410).
        const { certificates } = (
          await api.get(`/admin/ocop/certificates?product_id=${product.id}&status=valid`, demo.admin)
        ).data
        await api.post(`/admin/ocop/certificates/${certificates[0].id}/revoke`, { reason: REASON }, demo.admin)
        const revoked = await page(product.handle, { "if-none-match": restocked.headers["etag"] })
        expect(revoked.status).toBe(410)
        expect(revoked.headers["cache-control"]).toMatch(/^public/)
        expect(revoked.data.product).toMatchObject({ id: product.id, handle: product.handle, title: product.title })
        expect(revoked.data.certificate).toMatchObject({
          decision_number: product.ocop.decision_number,
          status: "revoked",
          valid: false,
          revocation_reason: REASON,
          ended_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        })
        expect(revoked.data.variants).toBeUndefined()
        expect(revoked.data.ocop).toBeUndefined()
        // …and it is no longer among the related products of the others.
        const neighbour = listed.find((p) => p.id !== product.id && p.ocop.product_group === product.ocop.product_group)
        if (neighbour) {
          const { data } = await page(neighbour.handle)
          expect(data.related.map((r: any) => r.id)).not.toContain(product.id)
        }
      })

      it("shows an expired certificate's standing while the product is listed, and 410 once it leaves the channel", async () => {
        const product = listed[4]
        const service = certification(getContainer())
        const [current] = await service.listOcopCertificates({ product_id: product.id, status: "valid" })
        await service.updateOcopCertificates({ id: current.id, expires_at: new Date(Date.now() - 24 * 3600 * 1000) })

        const listedStill = await page(product.handle)
        expect(listedStill.status).toBe(200)
        expect(listedStill.data.ocop).toBeNull()
        expect(listedStill.data.certificate).toMatchObject({ status: "expired", valid: false, revocation_reason: null })

        const channel = await ocopChannelId(getContainer())
        await api.post(`/admin/sales-channels/${channel}/products`, { remove: [product.id] }, demo.admin)
        const gone = await page(product.handle)
        expect(gone.status).toBe(410)
        expect(gone.data.certificate).toMatchObject({ status: "expired", valid: false })
      })
    })

    describe("GET /store/ocop/product-cards", () => {
      const cards = (ids: string[], qs = `&region_id=${demo.regionId}&country_code=vn`) =>
        settle(
          api.get(`/store/ocop/product-cards?id=${ids.join(",")}${qs}`, {
            ...demo.store(),
            validateStatus: () => true,
          }),
        )

      it("gives the products asked, in that order, with Medusa's prices and stock; none unpublished or outside the key's channels", async () => {
        const ids = listed
          .slice(0, 6)
          .map((p) => p.id)
          .reverse()
        const bare = await createBareProduct(api, demo.admin, "Trà chưa chứng nhận ngoài kênh")
        const draft = listed[7]
        await api.post(`/admin/products/${draft.id}`, { status: "draft" }, demo.admin)
        const { status, data } = await cards([...ids, bare.id, draft.id])
        expect(status).toBe(200)
        expect(data.products.map((p: any) => p.id)).toEqual(ids)
        for (const card of data.products) {
          const medusa = await medusaProduct(card.handle)
          expect(card.categories.length).toBeGreaterThan(0)
          expect(card.variants.map((v: any) => v.id).sort()).toEqual(medusa.variants.map((v: any) => v.id).sort())
          for (const variant of card.variants) {
            const reference = medusa.variants.find((v: any) => v.id === variant.id)
            // Medusa leaves the quantity out where the inventory is not managed; the cards say null.
            expect(variant.inventory_quantity).toBe(reference.inventory_quantity ?? null)
            for (const field of ["calculated_amount", "original_amount", "calculated_amount_with_tax", "currency_code"])
              expect([field, variant.calculated_price[field]]).toEqual([field, reference.calculated_price[field]])
          }
        }
        await api.post(`/admin/products/${draft.id}`, { status: "published" }, demo.admin)
      })

      it("answers 1 product and 12 in as many SQL statements", async () => {
        const ids = listed.map((p) => p.id)
        await cards(ids)
        const one = await statements(() => cards(ids.slice(0, 1)))
        const all = await statements(() => cards(ids))
        expect(all.length).toBe(one.length)
        expect(all.length).toBeLessThanOrEqual(12)
      })

      it("refuses a request without products, with more than 100, a malformed id or an unknown parameter (400)", async () => {
        for (const qs of ["", "id=", `id=${"prod_x,".repeat(100)}prod_y`, "id=a%20b", "id=prod_x&colour=red"]) {
          const response = await settle(
            api.get(`/store/ocop/product-cards?${qs}`, { ...demo.store(), validateStatus: () => true }),
          )
          expect([qs.slice(0, 30), response.status]).toEqual([qs.slice(0, 30), 400])
        }
        expect((await settle(api.get(`/store/ocop/product-cards?id=${listed[0].id}`))).status).toBe(400)
      })
    })

    describe("refusals", () => {
      it("answers 404 for an unknown handle, a product in no channel of the key and an unpublished one", async () => {
        expect((await page("khong-co-san-pham-nay")).status).toBe(404)
        const bare = await createBareProduct(api, demo.admin, "Mật ong chưa chứng nhận")
        expect((await page(bare.handle)).status).toBe(404)
        const product = listed[5]
        await api.post(`/admin/products/${product.id}`, { status: "draft" }, demo.admin)
        const draft = await page(product.handle)
        expect(draft.status).toBe(404)
        expect(draft.data.product).toBeUndefined()
        await api.post(`/admin/products/${product.id}`, { status: "published" }, demo.admin)
        expect((await page(product.handle)).status).toBe(200)
      })

      it("refuses bad parameters with a 400 naming them, and a request without a publishable key", async () => {
        const handle = listed[6].handle
        for (const [query, field] of [
          ["country_code=vietnam", /country_code/],
          ["region_id=reg%20x", /region_id/],
          ["region_id=reg_unknown", /region_id/],
          ["colour=red", /colour/],
        ] as const) {
          const response = await settle(
            api.get(`/store/ocop/products/${handle}/page?${query}`, { ...demo.store(), validateStatus: () => true }),
          )
          expect([query, response.status]).toEqual([query, 400])
          expect(response.data.message).toMatch(field)
        }
        const noKey = await settle(api.get(`/store/ocop/products/${handle}/page`))
        expect(noKey.status).toBe(400)
        expect(noKey.data.message).toMatch(/x-publishable-api-key/)
      })
    })
  },
})
