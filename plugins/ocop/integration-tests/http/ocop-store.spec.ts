import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  integrationTestRunner,
  seedDemo,
  demoProducts,
  certification,
  channelProductIds,
  ocopChannelId,
  settle,
  demoStore,
} from "@ocop/backend/testing"
import { parseDecisionNumber, validUntil, vnDateOf } from "@ocop/plugin-ocop/rules"
import compactListingCounts from "@ocop/plugin-ocop/jobs/ocop-listing-counts"

const LIMIT = 30

/**
 * The buyer's side: OCOP products in the store with their compact certificate, filters, the
 * public verification; the demo seed's certificates; and the cost of listing products with
 * their certificates through Query.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: LIMIT })

    describe("GET /store/ocop/products", () => {
      it("lists the products with a valid certificate and their compact ocop object", async () => {
        const { data } = await api.get("/store/ocop/products?limit=100", demo.store())
        expect(data.count).toBe(LIMIT)
        expect(data.products).toHaveLength(LIMIT)
        const stars = data.products.map((p: any) => p.ocop.stars)
        expect(stars).toEqual([...stars].sort((a: number, b: number) => b - a))
        const product = data.products[0]
        expect(product).toMatchObject({ id: expect.any(String), title: expect.any(String), handle: expect.any(String) })
        expect(Object.keys(product.ocop).sort()).toEqual(
          [
            "authority",
            "decision_date",
            "decision_number",
            "producer",
            "producer_id",
            "product_group",
            "province",
            "stars",
            "status",
            "subgroup",
            "valid",
            "valid_until",
          ].sort(),
        )
        const seededProduct = demoProducts.find((p) => p.handle === product.handle)!
        expect(product.ocop.stars).toBe(seededProduct.stars)
        expect(product.ocop.product_group).toBe(seededProduct.group)
        const page = await api.get("/store/ocop/products?limit=5&offset=5", demo.store())
        expect(page.data).toMatchObject({ count: LIMIT, limit: 5, offset: 5 })
        expect(page.data.products.map((p: any) => p.id)).toEqual(data.products.slice(5, 10).map((p: any) => p.id))
      })

      it("pages after and before a cursor as by offset, reading from the cursor's row without an OFFSET", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        const get = async (qs: string) => (await api.get(`/store/ocop/products?${qs}`, demo.store())).data
        const ids = (page: any) => page.products.map((p: any) => p.id)
        for (const filter of ["sort=stars", "sort=newest", "sort=stars&stars=3,4"]) {
          const all = ids(await get(`${filter}&limit=100`))
          expect(all.length).toBeGreaterThan(6)
          // Forward with the next cursors: every page is the offset page, the last has no next.
          const first = await get(`${filter}&limit=3`)
          expect(first.prev_cursor).toBeNull()
          const forward = [ids(first)]
          let page = first
          while (page.next_cursor) {
            page = await get(`${filter}&limit=3&after=${page.next_cursor}`)
            expect(ids(page)).toEqual(ids(await get(`${filter}&limit=3&offset=${forward.length * 3}`)))
            expect(page.count).toBe(all.length)
            forward.push(ids(page))
          }
          expect(forward.flat()).toEqual(all)
          // Back from the last page with the previous cursors, to the first page.
          const backward = [ids(page)]
          while (page.prev_cursor) {
            page = await get(`${filter}&limit=3&before=${page.prev_cursor}`)
            backward.unshift(ids(page))
          }
          expect(backward).toEqual(forward)
        }

        // The statement of a cursor's page reads its rows from the cursor on: no OFFSET, the page and one more.
        const third = await get(`limit=3&after=${(await get("limit=3&offset=3")).next_cursor}`)
        const statements: { sql: string; bindings: unknown[] }[] = []
        const listener = (q: { sql: string; bindings: unknown[] }) => statements.push(q)
        knex.on("query", listener)
        try {
          expect(ids(await get(`limit=3&after=${(await get("limit=3&offset=3")).next_cursor}`))).toEqual(ids(third))
        } finally {
          knex.removeListener("query", listener)
        }
        const pages = statements.filter((q) => /WITH matched/.test(q.sql))
        expect(pages).toHaveLength(2)
        expect(pages[0].sql).toMatch(/offset/i)
        expect(pages[1].sql).not.toMatch(/offset/i)
        expect(pages[1].bindings).toContain(4)
      })

      it("refuses a cursor it did not give, two cursors, a cursor with an offset or another sort (400)", async () => {
        const { data } = await api.get("/store/ocop/products?limit=3&sort=newest", demo.store())
        for (const [query, field] of [
          ["after=abc", /after/],
          ["before=%22%3B--", /before/],
          [`after=${Buffer.from('["stars",5,"x","y"]').toString("base64url")}`, /after/],
          [`after=${data.next_cursor}&before=${data.next_cursor}&sort=newest`, /before/],
          [`after=${data.next_cursor}&offset=3&sort=newest`, /offset/],
          [`after=${data.next_cursor}`, /after/],
        ] as const) {
          const response = await settle(api.get(`/store/ocop/products?${query}`, demo.store()))
          expect([query, response.status]).toEqual([query, 400])
          expect(response.data.message).toMatch(field)
        }
      })

      it("filters by stars, product group and province (an old province name is mapped)", async () => {
        const { data: all } = await api.get("/store/ocop/products?limit=100", demo.store())
        const count = (predicate: (p: any) => boolean) => all.products.filter(predicate).length

        const four = await api.get("/store/ocop/products?stars=4&limit=100", demo.store())
        expect(four.data.count).toBe(count((p) => p.ocop.stars === 4))
        expect(four.data.products.every((p: any) => p.ocop.stars === 4)).toBe(true)
        const high = await api.get("/store/ocop/products?stars=4,5&limit=100", demo.store())
        expect(high.data.count).toBe(count((p) => p.ocop.stars >= 4))

        const group = all.products[0].ocop.product_group
        const byGroup = await api.get(`/store/ocop/products?product_group=${group}&limit=100`, demo.store())
        expect(byGroup.data.count).toBe(count((p) => p.ocop.product_group === group))

        const province = all.products[0].ocop.province
        const byProvince = await api.get(
          `/store/ocop/products?province=${encodeURIComponent(province)}&limit=100`,
          demo.store(),
        )
        expect(byProvince.data.count).toBe(count((p) => p.ocop.province === province))
        expect(byProvince.data.count).toBeGreaterThan(0)

        const old = await api.get(
          `/store/ocop/products?province=${encodeURIComponent("Yên Bái")}&limit=100`,
          demo.store(),
        )
        expect(old.data.count).toBe(count((p) => p.ocop.province === "Lào Cai"))
      })

      it("keeps its counts exact as products are unpublished, leave the channel, lose or change their certificate", async () => {
        const admin = demo.admin
        const list = async (query = "", page = "limit=100") =>
          (await api.get(`/store/ocop/products?${page}${query}`, demo.store())).data
        // Every count the listing gives equals the products it lists, with and without filters.
        const expectExact = async () => {
          const all = await list()
          expect(all.count).toBe(all.products.length)
          const { stars, province, product_group } = all.products[0].ocop
          for (const query of [
            `&stars=${stars}`,
            `&stars=${stars}&province=${encodeURIComponent(province)}`,
            `&product_group=${product_group}&stars=3,4,5`,
            `&province=${encodeURIComponent(province)}`,
          ]) {
            const filtered = await list(query)
            expect([query, filtered.count]).toEqual([query, filtered.products.length])
            const page = await list(query, "limit=1&offset=1000")
            expect([query, page.count]).toEqual([query, filtered.count])
          }
          return all
        }
        const before = await expectExact()
        const [first, second, third] = before.products

        await api.post(`/admin/products/${first.id}`, { status: "draft" }, admin)
        expect((await expectExact()).count).toBe(before.count - 1)

        const channelId = await ocopChannelId(getContainer())
        await api.post(`/admin/sales-channels/${channelId}/products`, { remove: [second.id] }, admin)
        expect((await expectExact()).count).toBe(before.count - 2)

        const [certificate] = await certification(getContainer()).listOcopCertificates({
          product_id: third.id,
          status: "valid",
        })
        await api.post(
          `/admin/ocop/certificates/${certificate.id}/revoke`,
          { reason: "Vi phạm ghi nhãn hàng hóa" },
          admin,
        )
        expect((await expectExact()).count).toBe(before.count - 3)

        await api.post(`/admin/products/${first.id}`, { status: "published" }, admin)
        await api.post(`/admin/sales-channels/${channelId}/products`, { add: [second.id] }, admin)
        const after = await expectExact()
        expect(after.count).toBe(before.count - 1)
        expect(after.products.map((p: any) => p.id)).toEqual(expect.arrayContaining([first.id, second.id]))
      })

      it("counts two imports writing at once, whatever the order of their rows, without deadlock", async () => {
        const count = async () => (await api.get("/store/ocop/products?limit=1", demo.store())).data.count
        const before = await count()
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await knex.raw(
          `SELECT DISTINCT c.product_id FROM ocop_certificate c
             JOIN product_sales_channel l ON l.product_id = c.product_id AND l.deleted_at IS NULL
            WHERE c.status = 'valid' AND c.deleted_at IS NULL ORDER BY c.product_id LIMIT 4`,
        )
        const [a1, a2, b1, b2] = rows.map((row: { product_id: string }) => row.product_id)
        // Two count keys of two products each.
        const province = (ids: string[], name: string) =>
          knex.raw(`UPDATE ocop_certificate SET province = ? WHERE product_id = ANY(?)`, [name, ids])
        await province([a1, a2], "Tuyên Quang")
        await province([b1, b2], "Cà Mau")
        const unlink = (trx: any, id: string) =>
          trx.raw(`UPDATE product_sales_channel SET deleted_at = now() WHERE product_id = ? AND deleted_at IS NULL`, [
            id,
          ])
        const first = await knex.transaction()
        const second = await knex.transaction()
        try {
          await unlink(first, a1)
          await unlink(second, b1)
          // Each now writes the other's key: counts kept by updating rows would wait on each other.
          const crossed = await Promise.allSettled([unlink(first, b2), unlink(second, a2)])
          expect(crossed.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"])
          await first.commit()
          await second.commit()
        } finally {
          if (!first.isCompleted()) await first.rollback()
          if (!second.isCompleted()) await second.rollback()
        }
        expect(await count()).toBe(before - 4)
        // Folded into one row per key by the scheduled job, the counts stay the same.
        await compactListingCounts(getContainer())
        expect(await count()).toBe(before - 4)
        const { rows: keys } = await knex.raw(
          `SELECT count(*)::int AS rows, count(DISTINCT (sales_channel_id, stars, product_group, province))::int AS keys
             FROM ocop_listing_count`,
        )
        expect(keys[0].rows).toBe(keys[0].keys)
      })

      it("reads given products' certificates by id (a product page's own)", async () => {
        const { data: all } = await api.get("/store/ocop/products?limit=100", demo.store())
        const [first, second] = all.products
        const { data } = await api.get(`/store/ocop/products?id=${first.id},${second.id}`, demo.store())
        expect(data.products.map((p: any) => p.id).sort()).toEqual([first.id, second.id].sort())
        expect(data.products.find((p: any) => p.id === first.id).ocop).toEqual(first.ocop)
        const none = await api.get("/store/ocop/products?id=prod_unknown", demo.store())
        expect(none.data).toMatchObject({ products: [], count: 0 })
      })

      it("gives the pickup point of each product: its certified producer's address, one per producer", async () => {
        const { data: all } = await api.get("/store/ocop/products?limit=100", demo.store())
        const [first, second] = all.products
        const { data: subjects } = await api.get("/admin/ocop/subjects?limit=100", demo.admin)
        const { data } = await api.get(
          `/store/ocop/pickup-points?product_id=${first.id}&product_id=${second.id}&product_id=prod_unknown`,
          demo.store(),
        )
        const expected = (product: any) => {
          const subject = subjects.subjects.find((s: any) => s.legal_name === product.ocop.producer)
          return { producer: subject.legal_name, address: subject.address, province: subject.province }
        }
        for (const product of [first, second]) {
          const point = data.pickup_points.find((p: any) => p.product_ids.includes(product.id))
          expect(point).toMatchObject(expected(product))
        }
        const producers = data.pickup_points.map((p: any) => p.producer)
        expect(new Set(producers).size).toBe(producers.length)
        for (const query of ["", "product_id=", "product_id=a%20b"]) {
          const response = await settle(api.get(`/store/ocop/pickup-points?${query}`, demo.store()))
          expect([query, response.status]).toEqual([query, 400])
          expect(response.data.message).toMatch(/product_id/)
        }
      })

      it("refuses unknown filter values and parameters with a 400 naming the filter", async () => {
        for (const [query, field] of [
          ["stars=2", /stars/],
          ["stars=abc", /stars/],
          ["product_group=7", /product_group/],
          ["province=Sai%20Gon", /province/],
          ["province=Ha%20Noi", /province/],
          ["limit=1000", /limit/],
          ["limit=0", /limit/],
          ["limit=2.5", /limit/],
          ["offset=-1", /offset/],
          ["offset=100001", /offset/],
          ["colour=red", /colour/],
        ] as const) {
          const response = await settle(api.get(`/store/ocop/products?${query}`, demo.store()))
          expect([query, response.status]).toEqual([query, 400])
          expect(response.data.message).toMatch(field)
        }
        const noKey = await settle(api.get("/store/ocop/products"))
        expect(noKey.status).toBe(400)
        expect(noKey.data.message).toMatch(/x-publishable-api-key/)
      })
    })

    describe("GET /store/ocop/certificates/verify", () => {
      it("confirms a recorded decision for a buyer or an officer", async () => {
        const [certificate] = await certification(getContainer()).listOcopCertificates(
          {},
          { take: 1, order: { decision_number: "ASC" } },
        )
        const { data } = await api.get(
          `/store/ocop/certificates/verify?decision_number=${encodeURIComponent(certificate.decision_number)}`,
          demo.store(),
        )
        expect(data.certificate).toEqual({
          decision_number: certificate.decision_number,
          decision_date: vnDateOf(new Date(certificate.decision_date)),
          decision_year: Number(vnDateOf(new Date(certificate.decision_date)).slice(0, 4)),
          stars: certificate.stars,
          status: "valid",
          valid: true,
          valid_until: validUntil(vnDateOf(new Date(certificate.decision_date))),
          ended_on: null,
          revoked_at: null,
          revocation_reason: null,
          authority: certificate.authority_name,
          authority_level: certificate.authority_level,
          product_title: expect.any(String),
          // The demo catalogue names every product in English too.
          product_title_en: expect.any(String),
          product_handle: expect.any(String),
          producer: expect.any(String),
          province: certificate.province,
        })
      })

      it("answers 404 for an unknown decision and 400 for a malformed one", async () => {
        const unknown = await settle(
          api.get(
            `/store/ocop/certificates/verify?decision_number=${encodeURIComponent("99999/QĐ-UBND")}`,
            demo.store(),
          ),
        )
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/No OCOP certificate with decision number 99999\/QĐ-UBND/)
        const malformed = await settle(api.get("/store/ocop/certificates/verify?decision_number=abc", demo.store()))
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toMatch(/decision_number/)
        const missing = await settle(api.get("/store/ocop/certificates/verify", demo.store()))
        expect(missing.status).toBe(400)
      })
    })

    describe("the demo seed", () => {
      it("certifies every seeded product with consistent, unique, well-formed decisions", async () => {
        const container = getContainer()
        const certificates = await certification(container).listOcopCertificates({}, { take: null })
        expect(certificates).toHaveLength(LIMIT)
        const numbers = certificates.map((c: any) => c.decision_number)
        expect(new Set(numbers).size).toBe(numbers.length)
        expect(numbers.every((n: string) => parseDecisionNumber(n).ok)).toBe(true)
        const dates = certificates.map((c: any) => vnDateOf(new Date(c.decision_date)))
        expect(dates.some((d: string) => d < "2025-07-01")).toBe(true)
        expect(dates.some((d: string) => d >= "2025-07-01")).toBe(true)
        expect(
          certificates.some((c: any) => new Date(c.expires_at).getTime() < Date.now() + 30 * 24 * 3600 * 1000),
        ).toBe(true)
        const evaluations = await certification(container).listOcopEvaluations({}, { take: null })
        for (const certificate of certificates) {
          const evaluation = evaluations.find((e: any) => e.id === certificate.evaluation_id)
          const product = demoProducts.find(
            (p) => p.stars === certificate.stars && Math.round(p.totalScore * 100) === evaluation.total,
          )
          expect(product).toBeDefined()
        }
        expect((await channelProductIds(container)).sort()).toEqual(certificates.map((c: any) => c.product_id).sort())
      })

      it("is idempotent: a second run creates no subject, evaluation or certificate", async () => {
        const service = certification(getContainer())
        const count = async () => [
          (await service.listAndCountOcopSubjects({}))[1],
          (await service.listAndCountOcopEvaluations({}))[1],
          (await service.listAndCountOcopCertificates({}))[1],
        ]
        const before = await count()
        await seedDemo(getContainer(), { productLimit: LIMIT })
        expect(await count()).toEqual(before)
      })
    })

    describe("listing products with their certificates through Query", () => {
      it("costs a constant number of SQL queries, whatever the number of products", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        const fields = [
          "id",
          "title",
          "ocop_certificates.id",
          "ocop_certificates.stars",
          "ocop_certificates.status",
          "ocop_certificates.decision_number",
        ]

        async function listed(take: number) {
          const queries: { sql: string; bindings: unknown[] }[] = []
          const listener = (q: { sql: string; bindings: unknown[] }) =>
            queries.push({ sql: q.sql, bindings: q.bindings })
          knex.on("query", listener)
          try {
            const { data } = await query.graph({
              entity: "product",
              fields,
              pagination: { take, skip: 0, order: { id: "ASC" } },
            })
            return { data: data as any[], queries }
          } finally {
            knex.removeListener("query", listener)
          }
        }

        const five = await listed(5)
        const twenty = await listed(20)
        expect(twenty.data).toHaveLength(20)
        expect(twenty.data.every((p) => p.ocop_certificates.length === 1)).toBe(true)
        expect(twenty.queries.length).toBe(five.queries.length)
        expect(twenty.queries.length).toBeLessThanOrEqual(4)

        // The link also reads the other way: a certificate's product.
        const { data: certificates } = await query.graph({
          entity: "ocop_certificate",
          fields: ["id", "decision_number", "product.id", "product.title"],
          filters: { id: twenty.data[0].ocop_certificates[0].id },
        })
        expect((certificates[0] as any).product).toEqual({ id: twenty.data[0].id, title: twenty.data[0].title })

        console.log(`query.graph product + ocop_certificates, 20 products: ${twenty.queries.length} SQL queries`)
        for (const { sql, bindings } of twenty.queries) {
          console.log(`\n${sql}\n  bindings: ${JSON.stringify(bindings).slice(0, 200)}`)
          const plan = await knex.raw(`explain ${sql}`, bindings)
          console.log(plan.rows.map((row: any) => `  ${row["QUERY PLAN"]}`).join("\n"))
        }
      })
    })
  },
})
