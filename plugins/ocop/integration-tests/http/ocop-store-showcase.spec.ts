import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ocopCertificatesDaily from "@ocop/plugin-ocop/jobs/ocop-certificates-daily"
import ocopListingCounts from "@ocop/plugin-ocop/jobs/ocop-listing-counts"
import { slugify } from "@ocop/reference"
import {
  createBareProduct,
  evaluationBody,
  integrationTestRunner,
  seedDemo,
  settle,
  SUBJECT,
  demoStore,
} from "@ocop/backend/testing"

const FIRST = 6
const MORE = 24

/**
 * What the storefront's pages read at any catalogue size, each in a bounded number of SQL
 * statements: the OCOP listing's producer filter and "newest" order (producer pages, the home
 * page's latest certified products), the summary's counts (home, provinces, a province's or a
 * producer's page) and the uncertified lines of a cart. Answers are read from the database on each
 * request: a product certified last is on its pages at once.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: FIRST })

    const get = async (path: string) => (await api.get(path, demo.store())).data
    const listing = (qs = "") => get(`/store/ocop/products?limit=100${qs ? `&${qs}` : ""}`)
    const summary = (qs = "") => get(`/store/ocop/summary?producers_limit=100${qs ? `&${qs}` : ""}`)

    /** The SQL statements one request sends to PostgreSQL (the fewest of three runs: background work excluded). */
    async function statements(path: string) {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const counts: number[] = []
      for (let run = 0; run < 3; run++) {
        let count = 0
        const listener = () => (count += 1)
        knex.on("query", listener)
        try {
          await api.get(path, demo.store())
        } finally {
          knex.removeListener("query", listener)
        }
        counts.push(count)
      }
      return Math.min(...counts)
    }

    describe("GET /store/ocop/summary", () => {
      it("counts what the listing lists, by stars, group and province, and the producers most products first", async () => {
        const all = await listing()
        const body = await summary()
        expect(body.count).toBe(all.count)
        const tally = (key: (p: any) => unknown) => {
          const counts = new Map<unknown, number>()
          for (const p of all.products) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1)
          return counts
        }
        for (const [field, key] of [
          ["stars", (p: any) => p.ocop.stars],
          ["product_group", (p: any) => p.ocop.product_group],
          ["province", (p: any) => p.ocop.province],
        ] as const) {
          const expected = tally(key)
          expect(new Map(body[field].map((b: any) => [b.value, b.count]))).toEqual(expected)
        }
        expect(body.stars.map((b: any) => b.value)).toEqual([...body.stars.map((b: any) => b.value)].sort().reverse())

        const perProducer = tally((p) => p.ocop.producer_id)
        expect(body.producers_count).toBe(perProducer.size)
        expect(body.producers.map((p: any) => [p.id, p.count])).toEqual(
          [...perProducer.entries()]
            .map(([id, count]) => ({ id, count, name: body.producers.find((p: any) => p.id === id).name }))
            .sort(
              (a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1),
            )
            .map((p) => [p.id, p.count]),
        )
        // A page of producers, and the rest from where it ended.
        const first = await get("/store/ocop/summary?producers_limit=2")
        const rest = await get("/store/ocop/summary?producers_limit=100&producers_offset=2")
        expect([...first.producers, ...rest.producers]).toEqual(body.producers)
        expect(first.producers_count).toBe(body.producers_count)
      })

      it("narrows to a province (old names mapped) or a producer, as the listing does", async () => {
        const all = await listing()
        const province = all.products[0].ocop.province
        const inProvince = await summary(`province=${encodeURIComponent(province)}`)
        expect(inProvince.count).toBe(all.products.filter((p: any) => p.ocop.province === province).length)
        expect(inProvince.province).toEqual([{ value: province, count: inProvince.count }])

        const producerId = all.products[0].ocop.producer_id
        const ofProducer = await summary(`subject_id=${producerId}`)
        const products = await listing(`subject_id=${producerId}`)
        expect(ofProducer.count).toBe(products.count)
        expect(products.products.every((p: any) => p.ocop.producer_id === producerId)).toBe(true)
        expect(products.count).toBe(all.products.filter((p: any) => p.ocop.producer_id === producerId).length)
        expect(ofProducer.producers).toEqual([
          { id: producerId, name: all.products[0].ocop.producer, province: expect.any(String), count: products.count },
        ])
        const unknown = await summary("subject_id=ocsub_unknown")
        expect(unknown).toMatchObject({ count: 0, stars: [], producers: [], producers_count: 0 })
        // Counts only: no producers asked for, none counted (one statement fewer).
        const counts = await get("/store/ocop/summary?producers_limit=0")
        expect(counts).toMatchObject({ count: (await summary()).count, producers: [], producers_count: null })
      })

      it("refuses unknown parameters and values out of bounds with a 400 naming them", async () => {
        for (const [qs, field] of [
          ["producers_limit=1000", /producers_limit/],
          ["producers_offset=-1", /producers_offset/],
          ["stars=2", /stars/],
          ["subject_id=a%20b", /subject_id/],
          ["province=Sai%20Gon", /province/],
          ["colour=red", /colour/],
        ] as const) {
          const response = await settle(api.get(`/store/ocop/summary?${qs}`, demo.store()))
          expect([qs, response.status]).toEqual([qs, 400])
          expect(response.data.message).toMatch(field)
        }
        expect((await settle(api.get("/store/ocop/summary"))).status).toBe(400)
      })
    })

    describe("GET /store/ocop/products: producer filter and newest order", () => {
      it("orders by the latest decision first, each page continuing the last (a unique tiebreaker)", async () => {
        const newest = await listing("sort=newest")
        const dates = newest.products.map((p: any) => p.ocop.decision_date)
        expect(dates).toEqual([...dates].sort().reverse())
        const pages = [
          ...(await get("/store/ocop/products?sort=newest&limit=4")).products,
          ...(await get("/store/ocop/products?sort=newest&limit=100&offset=4")).products,
        ]
        expect(pages.map((p: any) => p.id)).toEqual(newest.products.map((p: any) => p.id))
        for (const qs of ["sort=cheapest", "subject_id=", "offset=200000", "id=" + "prod_x,".repeat(101)]) {
          const response = await settle(api.get(`/store/ocop/products?${qs}`, demo.store()))
          if (qs === "subject_id=") expect(response.status).toBe(200)
          else expect([qs.slice(0, 20), response.status]).toEqual([qs.slice(0, 20), 400])
        }
      })
    })

    describe("GET /store/ocop/uncertified", () => {
      it("names the products a cart cannot hold as OCOP now: never certified, revoked; not the certified ones", async () => {
        const all = await listing()
        const [revoked, kept] = all.products
        const bare = await createBareProduct(api, demo.admin, "Sản phẩm chưa chứng nhận")
        const certified = await get(`/store/ocop/uncertified?product_id=${revoked.id},${kept.id},${bare.id}`)
        expect(certified.uncertified).toEqual([{ product_id: bare.id, title: bare.title, last_certificate: null }])

        const { data } = await api.get(`/admin/ocop/certificates?product_id=${revoked.id}&status=valid`, demo.admin)
        await api.post(
          `/admin/ocop/certificates/${data.certificates[0].id}/revoke`,
          { reason: "Vi phạm nhãn" },
          demo.admin,
        )
        const after = await get(`/store/ocop/uncertified?product_id=${revoked.id},${kept.id}`)
        expect(after.uncertified).toEqual([
          {
            product_id: revoked.id,
            title: revoked.title,
            last_certificate: expect.objectContaining({
              decision_number: revoked.ocop.decision_number,
              status: "revoked",
            }),
          },
        ])
        // The revoked product left the counts and pages at once.
        expect((await summary()).count).toBe(all.count - 1)
        expect((await listing()).products.map((p: any) => p.id)).not.toContain(revoked.id)
      })

      it("refuses a request without products, with more than 100, or with a malformed id (400)", async () => {
        for (const qs of ["", "product_id=", "product_id=" + "prod_x,".repeat(100) + "prod_y", "product_id=a%20b"]) {
          const response = await settle(api.get(`/store/ocop/uncertified?${qs}`, demo.store()))
          expect([qs.slice(0, 30), response.status]).toEqual([qs.slice(0, 30), 400])
          expect(response.data.message).toMatch(/product_id/)
        }
      })
    })

    describe("at any catalogue size", () => {
      it("a product certified last is on its province's and producer's pages and counts at once", async () => {
        const before = await summary("province=L%C3%A0o%20Cai")
        const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date())
        const { data: subject } = await api.post("/admin/ocop/subjects", SUBJECT, demo.admin)
        const product = await createBareProduct(api, demo.admin, "Mật ong bạc hà mới chứng nhận")
        await api.post(
          "/admin/ocop/certificates",
          {
            evaluation: evaluationBody(subject.subject.id, product.id, 72.5),
            decision_number: "9301/QĐ-UBND",
            decision_date: today,
            authority_level: "province",
            authority_name: "UBND tỉnh Lào Cai",
          },
          demo.admin,
        )
        const after = await summary("province=L%C3%A0o%20Cai")
        expect(after.count).toBe(before.count + 1)
        expect(after.producers).toContainEqual({
          id: subject.subject.id,
          name: SUBJECT.legal_name,
          province: "Lào Cai",
          count: 1,
        })
        // Newest first: nothing decided later comes after it (the same day's are ordered by id).
        const newest = await get("/store/ocop/products?sort=newest&limit=100&province=L%C3%A0o%20Cai")
        const position = newest.products.findIndex((p: any) => p.id === product.id)
        expect(position).toBeGreaterThanOrEqual(0)
        expect(newest.products.slice(0, position + 1).map((p: any) => p.ocop.decision_date)).toEqual(
          Array(position + 1).fill(today),
        )
        const ofProducer = await listing(`subject_id=${subject.subject.id}`)
        expect(ofProducer.products.map((p: any) => p.id)).toEqual([product.id])
      })

      it("answers every showcase route in as many SQL statements with 4 times the products", async () => {
        const province = (await listing()).products[0].ocop.province
        const producer = (await listing()).products[0].ocop.producer_id
        const ids = (await listing()).products.map((p: any) => p.id)
        const paths = () => [
          "/store/ocop/products?limit=8&stars=5",
          "/store/ocop/products?limit=8&sort=newest",
          `/store/ocop/products?limit=24&province=${encodeURIComponent(province)}`,
          `/store/ocop/products?limit=24&subject_id=${producer}`,
          "/store/ocop/summary?producers_limit=0",
          `/store/ocop/summary?producers_limit=100&province=${encodeURIComponent(province)}`,
          `/store/ocop/summary?producers_limit=1&subject_id=${producer}`,
          `/store/ocop/provinces/${slugify(province)}/producers?limit=12`,
          `/store/ocop/provinces/${slugify(province)}/producers?limit=50&offset=1`,
          `/store/ocop/uncertified?product_id=${ids.join(",")}`,
        ]
        const small: Record<string, number> = {}
        for (const path of paths()) small[path] = await statements(path)

        await seedDemo(getContainer(), { productLimit: MORE })
        expect((await listing()).count).toBeGreaterThanOrEqual(FIRST * 3)
        const large: Record<string, number> = {}
        for (const path of paths()) large[path] = await statements(path)

        console.log("SQL statements per request (small → large catalogue):")
        for (const path of paths()) console.log(`  ${small[path]} → ${large[path]}  ${path}`)
        expect(large).toEqual(small)
        for (const count of Object.values(large)) expect(count).toBeLessThanOrEqual(5)
      })
    })
    describe("the maintained counts", () => {
      const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any

      /**
       * The summary's answers, and the listing's total, against the products the listing pages
       * (read from the certificates on each request): in all, per province and per producer.
       */
      async function expectExact(stage: string) {
        const all = await listing()
        expect([stage, all.count]).toEqual([stage, all.products.length])
        const tally = (key: (p: any) => unknown, products = all.products) => {
          const counts = new Map<unknown, number>()
          for (const p of products) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1)
          return counts
        }
        const body = await summary()
        expect([stage, body.count]).toEqual([stage, all.products.length])
        expect(new Map(body.stars.map((b: any) => [b.value, b.count]))).toEqual(tally((p) => p.ocop.stars))
        expect(new Map(body.product_group.map((b: any) => [b.value, b.count]))).toEqual(
          tally((p) => p.ocop.product_group),
        )
        expect(new Map(body.province.map((b: any) => [b.value, b.count]))).toEqual(tally((p) => p.ocop.province))
        expect(new Map(body.producers.map((p: any) => [p.id, p.count]))).toEqual(tally((p) => p.ocop.producer_id))
        for (const province of new Set(all.products.map((p: any) => p.ocop.province as string))) {
          const inProvince = all.products.filter((p: any) => p.ocop.province === province)
          const counted = await summary(`province=${encodeURIComponent(province)}`)
          expect([province, counted.count]).toEqual([province, inProvince.length])
          expect([province, (await listing(`province=${encodeURIComponent(province)}`)).count]).toEqual([
            province,
            inProvince.length,
          ])
          expect(new Map(counted.producers.map((p: any) => [p.id, p.count]))).toEqual(
            tally((p) => p.ocop.producer_id, inProvince),
          )
        }
        for (const [producer, count] of tally((p) => p.ocop.producer_id)) {
          expect([producer, (await summary(`subject_id=${producer}`)).count]).toEqual([producer, count])
        }
        return body
      }

      it("stay the listing's after a revocation, an issue, a product unpublished and an expiry, at once", async () => {
        const before = await expectExact("before")

        // Revoked: out of every count when the revocation answers.
        const [revoked, unpublished, expiring] = (await listing()).products
        const certificateOf = async (productId: string) =>
          (await api.get(`/admin/ocop/certificates?product_id=${productId}&status=valid`, demo.admin)).data
            .certificates[0]
        await api.post(
          `/admin/ocop/certificates/${(await certificateOf(revoked.id)).id}/revoke`,
          { reason: "Vi phạm chất lượng" },
          demo.admin,
        )
        expect((await expectExact("revoked")).count).toBe(before.count - 1)

        // Issued: in every count when the certificate is recorded.
        const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date())
        const { data: subject } = await api.post(
          "/admin/ocop/subjects",
          { ...SUBJECT, legal_name: "HTX Đếm Lại", tax_code: "0109876543" },
          demo.admin,
        )
        const product = await createBareProduct(api, demo.admin, "Chè shan tuyết đếm lại")
        await api.post(
          "/admin/ocop/certificates",
          {
            evaluation: evaluationBody(subject.subject.id, product.id, 75),
            decision_number: "9417/QĐ-UBND",
            decision_date: today,
            authority_level: "province",
            authority_name: "UBND tỉnh Lào Cai",
          },
          demo.admin,
        )
        expect((await expectExact("issued")).count).toBe(before.count)
        expect((await summary(`subject_id=${subject.subject.id}`)).producers).toEqual([
          { id: subject.subject.id, name: "HTX Đếm Lại", province: "Lào Cai", count: 1 },
        ])

        // A product set back to draft by the admin leaves the counts when the update answers.
        await api.post(`/admin/products/${unpublished.id}`, { status: "draft" }, demo.admin)
        expect((await expectExact("unpublished")).count).toBe(before.count - 1)

        // A certificate whose validity ends is out of the counts from that instant, with no event,
        // and stays out once the daily job has expired it (not subtracted twice).
        const ending = (await certificateOf(expiring.id)).id
        await knex().raw(`UPDATE ocop_certificate SET expires_at = now() + interval '2 seconds' WHERE id = ?`, [ending])
        expect((await expectExact("ending")).count).toBe(before.count - 1)
        await new Promise((resolve) => setTimeout(resolve, 2500))
        expect((await expectExact("expired")).count).toBe(before.count - 2)
        await ocopCertificatesDaily(getContainer())
        const { rows: ended } = await knex().raw(`SELECT status FROM ocop_certificate WHERE id = ?`, [ending])
        expect(ended[0].status).toBe("expired")
        expect((await expectExact("expired by the daily job")).count).toBe(before.count - 2)

        // The home page's counts read the sums (at most 3 × 6 × 34 rows per channel), not the producers' rows.
        const { rows } = await knex().raw(
          `SELECT count(*)::int AS n, count(DISTINCT sales_channel_id)::int AS channels FROM ocop_listing_count`,
        )
        expect(rows[0].n).toBeLessThanOrEqual(3 * 6 * 34 * rows[0].channels)
      })
    })

    describe("GET /store/ocop/provinces/:slug/producers", () => {
      const producersOf = (slug: string, qs = "") => get(`/store/ocop/provinces/${slug}/producers${qs ? `?${qs}` : ""}`)

      it("pages a province's producers, most products first, as the counts have them after the minute's fold", async () => {
        await ocopListingCounts(getContainer())
        const province = (await listing()).products[0].ocop.province
        const slug = slugify(province)
        const counted = await summary(`province=${encodeURIComponent(province)}`)
        const expected = [...counted.producers]
          .sort((a: any, b: any) => b.count - a.count || (a.id < b.id ? -1 : 1))
          .map((p: any) => ({ id: p.id, name: p.name, count: p.count }))
        const all = await producersOf(slug, "limit=50")
        expect(all).toEqual({
          producers: expected,
          count: counted.producers_count,
          count_capped: false,
          limit: 50,
          offset: 0,
        })
        // A page, then the rest from where it ended; the default page is bounded.
        const first = await producersOf(slug, "limit=1")
        const rest = await producersOf(slug, "limit=50&offset=1")
        expect([...first.producers, ...rest.producers]).toEqual(expected)
        expect(first.count).toBe(all.count)
        expect((await producersOf(slug)).limit).toBe(24)
        // A province with no producers on sale has none; past the end, an empty page.
        const other = ["cao-bang", "lai-chau"].find((s) => s !== slug)!
        expect((await producersOf(slug, `offset=${all.count}`)).producers).toEqual([])
        expect(await producersOf(other)).toMatchObject({ count_capped: false, limit: 24, offset: 0 })
      })

      it("ranks a producer certified last from the next fold of the counts (every minute)", async () => {
        await ocopListingCounts(getContainer())
        const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date())
        const { data: subject } = await api.post(
          "/admin/ocop/subjects",
          { ...SUBJECT, tax_code: "5300999002", legal_name: "Hợp tác xã Chè Xếp Hạng" },
          demo.admin,
        )
        const product = await createBareProduct(api, demo.admin, "Chè Shan tuyết xếp hạng")
        const { data: issued } = await api.post(
          "/admin/ocop/certificates",
          {
            evaluation: evaluationBody(subject.subject.id, product.id, 72.5),
            decision_number: "9302/QĐ-UBND",
            decision_date: today,
            authority_level: "province",
            authority_name: "UBND tỉnh Lào Cai",
          },
          demo.admin,
        )
        const ids = async () => (await producersOf("lao-cai", "limit=50")).producers.map((p: any) => p.id)
        expect(await ids()).not.toContain(subject.subject.id)
        await ocopListingCounts(getContainer())
        const after = await producersOf("lao-cai", "limit=50")
        expect(after.producers).toContainEqual({ id: subject.subject.id, name: "Hợp tác xã Chè Xếp Hạng", count: 1 })
        const counted = await summary("province=L%C3%A0o%20Cai")
        expect(new Map(after.producers.map((p: any) => [p.id, p.count]))).toEqual(
          new Map(counted.producers.map((p: any) => [p.id, p.count])),
        )
        expect(after.count).toBe(counted.producers_count)
        // A fold with nothing appended since writes no row; a revocation leaves at the next one.
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        const rows = async () => (await pg.raw(`SELECT ctid::text FROM ocop_listing_subject_count ORDER BY ctid`)).rows
        const folded = await rows()
        await ocopListingCounts(getContainer())
        expect(await rows()).toEqual(folded)
        await api.post(
          `/admin/ocop/certificates/${issued.certificate.id}/revoke`,
          { reason: "Sản phẩm không còn đáp ứng tiêu chí" },
          demo.admin,
        )
        await ocopListingCounts(getContainer())
        expect(await ids()).not.toContain(subject.subject.id)
        expect((await producersOf("lao-cai", "limit=50")).count).toBe(counted.producers_count - 1)
      })

      it("refuses bad paging with a 400 naming the parameter, an unknown province with a 404", async () => {
        for (const [qs, field] of [
          ["limit=0", /limit/],
          ["limit=51", /limit/],
          ["limit=1.5", /limit/],
          ["offset=-1", /offset/],
          ["offset=5001", /offset/],
          ["order=name", /order/],
        ] as const) {
          const response = await settle(api.get(`/store/ocop/provinces/ha-noi/producers?${qs}`, demo.store()))
          expect([qs, response.status]).toEqual([qs, 400])
          expect(response.data.message).toMatch(field)
        }
        for (const slug of ["sai-gon", "ha%20noi", "Hà%20Nội"]) {
          const response = await settle(api.get(`/store/ocop/provinces/${slug}/producers`, demo.store()))
          expect([slug, response.status]).toEqual([slug, 404])
        }
        expect((await settle(api.get("/store/ocop/provinces/ha-noi/producers"))).status).toBe(400)
      })
    })
  },
})
