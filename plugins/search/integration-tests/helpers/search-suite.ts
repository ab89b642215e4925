import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { fold } from "@ocop/reference"
import compactFacetCounts from "@ocop/plugin-search/jobs/compact-facet-counts"
import {
  certification,
  createBareProduct,
  demoProducts,
  eventually,
  firstDemoVariant,
  seedCatalogue,
  seedCertification,
  demoStore,
  type DemoSeed,
  seedFulfillment,
  settle,
} from "@ocop/backend/testing"

/**
 * The search behaviour every provider must show (PostgreSQL by default, Meilisearch when
 * MEILISEARCH_HOST is set): Vietnamese without diacritics, typos, English names, facets, filters
 * with text, sorting, only validly certified products, and bad input answered with a 4xx or an
 * empty result, never a 500. Registered inside an `integrationTestRunner` test suite (helpers/test-runner.ts).
 */

/** A small catalogue with every kind of product the assertions need (demo data, real workflows). */
const HONEY = demoProducts.filter((p) => p.title.startsWith("Mật ong")).slice(0, 5)
const FISH_SAUCE = demoProducts.filter((p) => p.title.startsWith("Nước mắm")).slice(-4)
const OTHERS = demoProducts.filter((p) => /ngâm mật ong|Cà phê Arabica rang xay Mường Ảng|Mắm ruốc/.test(p.title))
export const SEARCH_TEST_PRODUCTS = [...HONEY, ...FISH_SAUCE, ...OTHERS]
const BASE_PRODUCTS = 6

export type SearchSuiteInput = {
  api: any
  getContainer: () => MedusaContainer
  provider: string
}

/** The search catalogue's products on top of the demo seed. */
async function seedSearchCatalogue(container: MedusaContainer, seeded: DemoSeed) {
  const store = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  const { shippingProfile } = await seedFulfillment(container, {
    storeId: store[0].id,
    salesChannelId: seeded.salesChannel.id,
    regions: seeded.regions,
  } as any)
  await seedCatalogue(container, {
    products: SEARCH_TEST_PRODUCTS,
    salesChannelId: seeded.salesChannel.id,
    stockLocationId: seeded.stockLocation.id,
    shippingProfileId: shippingProfile.id,
  })
  await seedCertification(container, { products: SEARCH_TEST_PRODUCTS })
}

export function searchBehaviourSuite({ api, getContainer, provider }: SearchSuiteInput) {
  const demo = demoStore(api, getContainer, { productLimit: BASE_PRODUCTS })
  let publishableKey: string
  let admin: any
  /** Products on sale as OCOP after the seed (each test starts from that state again). */
  let certifiedCount: number

  const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })
  const search = async (params: Record<string, string | number>) => {
    const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()
    return (await api.get(`/store/ocop/search?${qs}`, store())).data
  }
  const titles = (data: any) => data.hits.map((hit: any) => hit.title as string)
  /**
   * Browsing without text: the count and every facet equal what the products found say, with a
   * facet ignoring its own filter (the stars facet counts every star level of the province).
   */
  const expectBrowseCountsExact = async () => {
    const all = await search({ limit: 50 })
    expect(all.count).toBe(all.hits.length)
    const countBy = (hits: any[], key: string) => {
      const counts = new Map<string | number, number>()
      for (const hit of hits) counts.set(hit[key], (counts.get(hit[key]) ?? 0) + 1)
      return counts
    }
    const facet = (data: any, key: string) => new Map(data.facets[key].map((v: any) => [v.value, v.count]))
    for (const key of ["stars", "product_group", "province", "producer"])
      expect([key, facet(all, key)]).toEqual([key, countBy(all.hits, key)])
    const { stars, province } = all.hits[0]
    const narrowed = await search({ stars, province, limit: 50 })
    const inProvince = all.hits.filter((hit: any) => hit.province === province)
    const ofStars = all.hits.filter((hit: any) => hit.stars === stars)
    expect(narrowed.count).toBe(inProvince.filter((hit: any) => hit.stars === stars).length)
    expect(facet(narrowed, "stars")).toEqual(countBy(inProvince, "stars"))
    expect(facet(narrowed, "province")).toEqual(countBy(ofStars, "province"))
  }

  beforeAll(async () => {
    await seedSearchCatalogue(getContainer(), demo.seeded)
    publishableKey = demo.publishableKey
    admin = demo.admin
    const { data } = await api.get("/store/ocop/products?limit=100", store())
    certifiedCount = data.count
    // Every document arrives through events: wait for the last certificate to be indexed.
    await eventually(
      () => search({ limit: 1 }),
      (data) => expect(data.count).toBe(certifiedCount),
      30_000,
    )
  })

  describe(`GET /store/ocop/search (${provider})`, () => {
    it('"mat ong" (no diacritics) finds the "Mật ong…" products, honey first, with highlights', async () => {
      const data = await search({ q: "mat ong", limit: 50 })
      const honey = HONEY.map((p) => p.title)
      expect(titles(data)).toEqual(expect.arrayContaining(honey))
      // Titles that hold "mật ong" come first (honey, and "Sâm Ngọc Linh ngâm mật ong" among them)
      const titled = titles(data).filter((title: string) => /mật ong/i.test(title))
      expect(titles(data).slice(0, titled.length)).toEqual(titled)
      expect(titled.length).toBeGreaterThanOrEqual(honey.length)
      expect(titles(data)).not.toContain(OTHERS.find((p) => p.title.startsWith("Cà phê"))!.title)
      const first = data.hits[0]
      expect(first.highlights.title).toMatch(/<mark>Mật ong<\/mark>/)
      expect(data.did_you_mean).toBeUndefined()
      // The same with diacritics and in another case.
      const accented = await search({ q: "MẬT ONG", limit: 50 })
      expect(titles(accented).sort()).toEqual(titles(data).sort())
    })

    it('"nuoc mamm" (a typo) finds the "Nước mắm…" products and suggests "nước mắm"', async () => {
      const data = await search({ q: "nuoc mamm", limit: 50 })
      const fishSauce = FISH_SAUCE.map((p) => p.title)
      expect(titles(data)).toEqual(expect.arrayContaining(fishSauce))
      expect(
        titles(data)
          .slice(0, fishSauce.length)
          .every((t: string) => t.startsWith("Nước mắm")),
      ).toBe(true)
      expect(data.did_you_mean).toBe("nước mắm")
      expect(data.hits[0].highlights.title).toMatch(/<mark>Nước mắm<\/mark>/)

      const place = await search({ q: "nuoc mam phu quoc", limit: 5 })
      const phuQuoc = FISH_SAUCE.filter((p) => p.title.includes("Phú Quốc")).map((p) => p.title)
      expect(titles(place).slice(0, phuQuoc.length).sort()).toEqual([...phuQuoc].sort())
    })

    it('"honey" finds honey by its English name', async () => {
      const data = await search({ q: "honey", limit: 50 })
      const expected = [...HONEY, ...OTHERS.filter((p) => /honey/i.test(p.titleEn))].map((p) => p.title)
      expect(titles(data)).toEqual(expect.arrayContaining(expected))
      expect(data.hits.every((hit: any) => /honey/i.test(`${hit.title_en} ${hit.title}`))).toBe(true)
      expect(data.hits[0].highlights.title_en).toMatch(/<mark>honey<\/mark>/i)
    })

    it("counts facets for stars, group, province and producer over the matches", async () => {
      const data = await search({ limit: 50 })
      expect(data.count).toBe(certifiedCount)
      expect(data.hits).toHaveLength(certifiedCount)
      const countBy = (key: string) => {
        const counts = new Map<string | number, number>()
        for (const hit of data.hits) counts.set(hit[key], (counts.get(hit[key]) ?? 0) + 1)
        return counts
      }
      for (const facet of ["stars", "product_group", "province", "producer"]) {
        const expected = countBy(facet)
        const got = new Map(data.facets[facet].map((v: any) => [v.value, v.count]))
        expect([facet, got]).toEqual([facet, expected])
      }
      const honey = await search({ q: "mat ong", limit: 50 })
      const honeyStars = honey.facets.stars.reduce((sum: number, v: any) => sum + v.count, 0)
      expect(honeyStars).toBe(honey.count)
    })

    it("combines filters with text (stars, group, province with or without diacritics, producer)", async () => {
      const all = await search({ q: "mat ong", limit: 50 })
      const four = await search({ q: "mat ong", stars: 4, limit: 50 })
      expect(four.hits.length).toBeGreaterThan(0)
      expect(four.hits.every((hit: any) => hit.stars === 4)).toBe(true)
      expect(four.count).toBe(all.hits.filter((hit: any) => hit.stars === 4).length)
      // Disjunctive: the stars facet still offers the other levels of the same text match.
      expect(four.facets.stars.map((v: any) => v.value).sort()).toEqual(
        all.facets.stars.map((v: any) => v.value).sort(),
      )

      const province = all.hits[0].province as string
      const byProvince = await search({ q: "mat ong", province, limit: 50 })
      expect(byProvince.count).toBe(all.hits.filter((hit: any) => hit.province === province).length)
      const folded = fold(province)
      const byFolded = await search({ q: "mat ong", province: folded, limit: 50 })
      expect(byFolded.count).toBe(byProvince.count)

      const producer = all.hits[0].producer as string
      const byProducer = await search({ q: "mat ong", producer, limit: 50 })
      expect(byProducer.hits.every((hit: any) => hit.producer === producer)).toBe(true)
      expect(byProducer.count).toBe(all.hits.filter((hit: any) => hit.producer === producer).length)

      const food = await search({ q: "mat ong", product_group: 1, stars: "3,4,5", limit: 50 })
      expect(food.hits.every((hit: any) => hit.product_group === 1)).toBe(true)
      expect(food.count).toBe(all.hits.filter((hit: any) => hit.product_group === 1).length)
    })

    it("sorts by price and by stars", async () => {
      const prices = (data: any) => data.hits.map((hit: any) => hit.price.amount as number)
      const ascending = await search({ sort: "price_asc", limit: 50 })
      expect(prices(ascending)).toEqual([...prices(ascending)].sort((a, b) => a - b))
      expect(prices(ascending).length).toBe(certifiedCount)
      const descending = await search({ sort: "price_desc", limit: 50 })
      expect(prices(descending)).toEqual([...prices(ascending)].sort((a, b) => b - a))
      const stars = await search({ q: "mat ong", sort: "stars_desc", limit: 50 })
      const values = stars.hits.map((hit: any) => hit.stars)
      expect(values).toEqual([...values].sort((a: number, b: number) => b - a))
      const page = await search({ sort: "price_asc", limit: 3, offset: 3 })
      expect(page.hits.map((hit: any) => hit.id)).toEqual(ascending.hits.slice(3, 6).map((hit: any) => hit.id))
    })

    it("keeps the prices within a range, with or without text, sorted and counted", async () => {
      const prices = (data: any) => data.hits.map((hit: any) => hit.price.amount as number)
      const all = prices(await search({ sort: "price_asc", limit: 50 }))
      const [low, high] = [all[1], all[all.length - 2]]
      const inRange = all.filter((price: number) => price >= low && price <= high)
      const ranged = await search({ price_min: low, price_max: high, sort: "price_desc", limit: 50 })
      expect(prices(ranged)).toEqual([...inRange].sort((a, b) => b - a))
      expect(ranged.count).toBe(inRange.length)
      expect(ranged.facets.stars.reduce((sum: number, b: any) => sum + b.count, 0)).toBe(inRange.length)
      // Bounds given the wrong way round name the same range; one bound alone is open on the other side.
      expect((await search({ price_min: high, price_max: low, limit: 50 })).count).toBe(inRange.length)
      expect((await search({ price_min: low, limit: 50 })).count).toBe(all.filter((p: number) => p >= low).length)
      const honey = await search({ q: "mat ong", price_max: high, limit: 50 })
      expect(honey.hits.length).toBeGreaterThan(0)
      expect(honey.hits.every((hit: any) => hit.price.amount <= high)).toBe(true)
      for (const qs of ["price_min=-1", "price_max=abc", "price_min=1e30"]) {
        const response = await settle(api.get(`/store/ocop/search?${qs}`, store()))
        expect([qs, response.status]).toEqual([qs, 400])
        expect(JSON.stringify(response.data)).toMatch(/price_m/)
      }
    })

    it("shows only published, validly certified products: a revoked certificate or an unpublished product disappears", async () => {
      const uncertified = await createBareProduct(api, admin, "Mật ong thử nghiệm chưa chứng nhận")
      const before = await search({ q: "mat ong", limit: 50 })
      expect(titles(before)).not.toContain(uncertified.title)

      const target = before.hits.find((hit: any) => hit.title.startsWith("Mật ong"))
      const [certificate] = await certification(getContainer()).listOcopCertificates({
        product_id: target.id,
        status: "valid",
      })
      const revoke = await settle(
        api.post(
          `/admin/ocop/certificates/${certificate.id}/revoke`,
          { reason: "Kiểm tra chất lượng không đạt (thử nghiệm tìm kiếm)" },
          admin,
        ),
      )
      expect(revoke.status).toBe(200)
      const started = Date.now()
      await eventually(
        () => search({ q: "mat ong", limit: 50 }),
        (data) => expect(data.hits.map((hit: any) => hit.id)).not.toContain(target.id),
        10_000,
      )
      expect(Date.now() - started).toBeLessThan(10_000)
      await expectBrowseCountsExact()

      const other = before.hits.find((hit: any) => hit.id !== target.id && hit.title.startsWith("Mật ong"))
      await api.post(`/admin/products/${other.id}`, { status: "draft" }, admin)
      await eventually(
        () => search({ q: "mat ong", limit: 50 }),
        (data) => expect(data.hits.map((hit: any) => hit.id)).not.toContain(other.id),
      )
      await expectBrowseCountsExact()
      await api.post(`/admin/products/${other.id}`, { status: "published" }, admin)
      await eventually(
        () => search({ q: "mat ong", limit: 50 }),
        (data) => expect(data.hits.map((hit: any) => hit.id)).toContain(other.id),
      )
      await expectBrowseCountsExact()
      // The appended counts, folded into one row per key by the scheduled job, give the same answers.
      await compactFacetCounts(getContainer())
      await expectBrowseCountsExact()
      // (The test runner restores the database before each test: the next one starts from the seed again.)
    })

    it("follows price changes of a variant", async () => {
      const { data } = await api.get(`/store/ocop/search?q=${encodeURIComponent("nuoc mam")}&limit=1`, store())
      const hit = data.hits[0]
      const { data: product } = await api.get(
        `/admin/products/${hit.id}?fields=id,handle,variants.id,variants.sku,variants.prices.*`,
        admin,
      )
      const variant = firstDemoVariant(product.product)
      await api.post(
        `/admin/products/${hit.id}/variants/${variant.id}`,
        { prices: [{ currency_code: "vnd", amount: 1_000 }] },
        admin,
      )
      await eventually(
        () => search({ q: "nuoc mam", sort: "price_asc", limit: 1 }),
        (result) =>
          expect(result.hits[0]).toMatchObject({ id: hit.id, price: { amount: 1_000, currency_code: "vnd" } }),
      )
    })

    it("answers bad input with a 4xx naming the field or an empty result, never a 500", async () => {
      const get = (qs: string) => settle(api.get(`/store/ocop/search?${qs}`, store()))
      for (const [qs, field] of [
        [`q=${"mật ong ".repeat(200)}`, /\bq\b/],
        ["stars=2", /stars/],
        ["stars=1;DROP TABLE product", /stars/],
        ["product_group=7", /product_group/],
        ["province=Sai%20Gon", /province/],
        [`province=${encodeURIComponent("Hà Nội' OR '1'='1")}`, /province/],
        ["facets=colour", /facets/],
        ["facets=stars,__proto__", /facets/],
        ["sort=price;", /sort/],
        ["limit=1000", /limit/],
        ["limit=0", /limit/],
        ["offset=-1", /offset/],
        ["offset=99999999", /offset/],
        ["colour=red", /colour/],
      ] as const) {
        const response = await get(qs)
        expect([qs.slice(0, 40), response.status]).toEqual([qs.slice(0, 40), 400])
        expect(JSON.stringify(response.data)).toMatch(field)
      }
      // Text that looks like SQL or filter syntax is only ever text: a normal answer.
      for (const qs of [
        `q=${encodeURIComponent("'; DROP TABLE product; --")}`,
        `q=${encodeURIComponent("mat ong' OR 1=1 --")}`,
        `q=${encodeURIComponent('" OR stars > 0 OR "')}`,
        `q=${encodeURIComponent("stars = 5 AND province IN [x]")}`,
      ]) {
        const response = await get(qs)
        expect([qs, response.status]).toEqual([qs, 200])
        expect(Array.isArray(response.data.hits)).toBe(true)
        expect(response.data.hits.every((hit: any) => typeof hit.stars === "number" && hit.stars >= 3)).toBe(true)
      }
      // Filter values are values: nothing matches them, and a page past the end is empty.
      for (const qs of [
        `q=${encodeURIComponent("%_\\*:&|!()<>")}`,
        `producer=${encodeURIComponent('x" OR stars > 0 OR producer = "')}`,
        `producer=${encodeURIComponent("x' OR '1'='1")}`,
        "q=mat%20ong&offset=5000",
      ]) {
        const response = await get(qs)
        expect([qs, response.status]).toEqual([qs, 200])
        expect(response.data.hits).toEqual([])
      }
      const after = await search({ limit: 50 })
      const { data: listing } = await api.get("/store/ocop/products?limit=100", store())
      expect(titles(after).sort()).toEqual(listing.products.map((p: any) => p.title).sort())
      expect(after.count).toBe(certifiedCount)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({ entity: "product", fields: ["id"] })
      expect(products.length).toBeGreaterThanOrEqual(certifiedCount)
    })
  })

  describe(`admin search index (${provider})`, () => {
    it("POST /admin/ocop/search/reindex rebuilds the index while it keeps answering; GET …/status reports it", async () => {
      const started = await settle(api.post("/admin/ocop/search/reindex", {}, admin))
      expect(started.status).toBe(202)
      expect(started.data.job).toMatchObject({ status: "running" })
      // Searches keep answering during the rebuild.
      expect((await search({ q: "mat ong", limit: 5 })).hits.length).toBeGreaterThan(0)
      const done = await eventually(
        async () => (await api.get("/admin/ocop/search/status", admin)).data.status,
        (status) => expect(status.job.status).toBe("done"),
        60_000,
      )
      expect(done.document_count).toBe(done.product_count)
      expect(done.ocop_visible_count).toBe(certifiedCount)
      expect(done.last_sync).toMatchObject({ status: "done" })
      expect(done.provider).toBeTruthy()
      expect((await search({ q: "mat ong", limit: 50 })).count).toBeGreaterThan(0)
      const forbidden = await settle(api.get("/admin/ocop/search/status"))
      expect(forbidden.status).toBe(401)
    })
  })
}
