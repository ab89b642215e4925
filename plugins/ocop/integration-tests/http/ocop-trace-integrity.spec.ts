import {
  TRACEABILITY_MODULE,
  eventContentHash,
  headLeafHash,
  verifyInclusion,
} from "@ocop/plugin-ocop/modules/traceability"
import { buildDigitalLink, withCheckDigit } from "@ocop/plugin-ocop/gs1"
import publishDailyDigest from "@ocop/plugin-ocop/jobs/trace-digest-daily"
import {
  integrationTestRunner,
  settle,
  approvedSeller,
  certifyProduct,
  productBody,
  demoStore,
  variantBySku,
} from "@ocop/backend/testing"

const LOT = { production_date: "2025-09-01", quantity_produced: 200, origin_area: "Xã Bắc Hà, tỉnh Lào Cai" }
const step = (biz_step: string, day: number) => ({
  event_type: "ObjectEvent",
  action: biz_step === "commissioning" ? "ADD" : "OBSERVE",
  biz_step,
  event_time: `2025-09-${String(day).padStart(2, "0")}T08:00:00+07:00`,
})
const STEPS = [step("commissioning", 1), step("inspecting", 2), step("packing", 3), step("shipping", 4)]

/**
 * Trace history that people outside the database can check: lot heads and event counts, edited /
 * deleted / reordered events reported by the public trace API, daily Merkle digests whose kept
 * root proves a later rewrite; events carry the real recorder (a seller as itself, an authority
 * only through an demo.admin); sellers give their variants GTINs and declare lots; trade-item pages
 * never repeat or lose rows.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let a: Awaited<ReturnType<typeof approvedSeller>>
    let b: Awaited<ReturnType<typeof approvedSeller>>
    let gtinCounter = 0
    const freshGtin13 = () => withCheckDigit(`8937788${String(++gtinCounter).padStart(5, "0")}`)
    const trace = () => getContainer().resolve<any>(TRACEABILITY_MODULE)
    const tracePath = (gtin: string, lot: string) =>
      `/store/ocop/trace${new URL(buildDigitalLink({ host: "x.invalid", gtin, lot })).pathname}`

    beforeAll(async () => {
      a = await approvedSeller(api, demo.admin, 41)
      b = await approvedSeller(api, demo.admin, 42)
    })

    /** A certified product of seller A with a GTIN, and a lot of it with the four steps recorded by the seller. */
    async function sellerLot(code: string) {
      const { data } = await api.post("/sellers/me/products", productBody(code), a.headers)
      const variant = variantBySku(data.product, `${code}-100`)
      await certifyProduct(api, demo.admin, a.subjectId, data.product.id, `${8000 + ++gtinCounter}/QĐ-UBND`)
      const gtin = freshGtin13()
      await api.post("/sellers/me/trade-items", { variant_id: variant.id, gtin }, a.headers)
      const { data: created } = await api.post(
        "/sellers/me/lots",
        { ...LOT, lot_code: code, variant_id: variant.id },
        a.headers,
      )
      const ids: string[] = []
      for (const body of STEPS)
        ids.push((await api.post(`/sellers/me/lots/${created.lot.id}/events`, body, a.headers)).data.event.id)
      return { lot: created.lot, ids }
    }
    const publicTrace = async (lot: any) =>
      (await api.get(tracePath(lot.gtin14, lot.lot_code), demo.store())).data.trace

    describe("integrity verifiable from outside", () => {
      it("keeps each lot's head hash and event count with every append, and publishes digests with inclusion proofs", async () => {
        const { lot, ids } = await sellerLot("INT-A")
        const [row] = (await dbConnection.raw(`select head_hash, event_count from trace_lot where id = ?`, [lot.id]))
          .rows
        const [last] = (await dbConnection.raw(`select content_hash from trace_event where id = ?`, [ids[3]])).rows
        expect(row).toEqual({ head_hash: last.content_hash, event_count: 4 })

        const before = await publicTrace(lot)
        expect(before.verification).toMatchObject({ valid: true, checked: 4, digest: null })
        expect(before.verification.message.vi).toMatch(/chưa có trong bản tóm tắt/)

        const published = await api.post("/admin/ocop/trace/digests", {}, demo.admin)
        expect(published.status).toBe(201)
        const digest = published.data.digest
        expect(digest).toMatchObject({
          trigger: "admin",
          root: expect.stringMatching(/^[0-9a-f]{64}$/),
          url: `/store/ocop/trace/digests/${digest.day}`,
        })
        const [{ count }] = (
          await dbConnection.raw(`select count(*)::int as count from trace_lot where deleted_at is null`)
        ).rows
        expect(digest.leaf_count).toBe(count)

        // The public list and the day's digest, with the lot's leaf and proof.
        const list = await api.get("/store/ocop/trace/digests", demo.store())
        expect(list.data.digests[0]).toMatchObject({ id: digest.id, root: digest.root })
        const day = await api.get(`/store/ocop/trace/digests/${digest.day}?lot_id=${lot.id}`, demo.store())
        expect(day.data.digest.root).toBe(digest.root)
        const [leaf] = day.data.leaves
        expect(leaf).toMatchObject({ lot_id: lot.id, event_count: 4, head_hash: last.content_hash })
        expect(verifyInclusion(leaf.leaf_hash, leaf.proof, digest.root)).toBe(true)
        const all = await api.get(`/store/ocop/trace/digests/${digest.day}?limit=1000`, demo.store())
        expect(all.data.count).toBe(digest.leaf_count)
        for (const l of all.data.leaves) expect(verifyInclusion(l.leaf_hash, l.proof, digest.root)).toBe(true)

        const after = await publicTrace(lot)
        expect(after.verification).toMatchObject({
          valid: true,
          digest: { sequence: digest.sequence, day: digest.day, root: digest.root, matches: true },
        })
        expect(after.verification.message.en).toContain(`digest published on ${digest.day}`)

        // The EPCIS export states the same check.
        const epcis = await api.get(`${tracePath(lot.gtin14, lot.lot_code)}?format=epcis`, demo.store())
        const document = JSON.parse(typeof epcis.data === "string" ? epcis.data : JSON.stringify(epcis.data))
        expect(document["ocop:verification"]).toMatchObject({
          valid: true,
          digest: { root: digest.root, matches: true },
          message: { vi: expect.any(String), en: expect.any(String) },
        })

        // Paged lists: a page beyond the bounds is refused, naming the parameter.
        const one = (await api.get("/store/ocop/trace/digests?limit=1", demo.store())).data
        expect(one).toMatchObject({ limit: 1, offset: 0, digests: [expect.objectContaining({ id: digest.id })] })
        expect((await api.get("/admin/ocop/trace/digests?limit=1", demo.admin)).data.count).toBe(one.count)
        for (const query of ["limit=0", "limit=101", "limit=x", "offset=-1", "order=root"]) {
          const refused = await settle(api.get(`/store/ocop/trace/digests?${query}`, demo.store()))
          expect([query, refused.status, refused.data.message]).toEqual([query, 400, expect.any(String)])
        }
        for (const query of ["limit=0", "limit=1001", "offset=-1", "offset=x"]) {
          const refused = await settle(api.get(`/store/ocop/trace/digests/${digest.day}?${query}`, demo.store()))
          expect([query, refused.status, refused.data.message]).toEqual([
            query,
            400,
            expect.stringMatching(/limit|offset/),
          ])
        }

        // Bad and unknown days; published digests cannot be changed.
        expect((await settle(api.get("/store/ocop/trace/digests/2025-13-45", demo.store()))).status).toBe(400)
        expect((await settle(api.get("/store/ocop/trace/digests/2001-01-01", demo.store()))).status).toBe(404)
        await expect(trace().updateTraceDigests({ id: digest.id, root: "0".repeat(64) })).rejects.toThrow(/append-only/)
        await expect(trace().deleteTraceDigests(digest.id)).rejects.toThrow(/append-only/)
        expect((await settle(api.post("/admin/ocop/trace/digests", {}))).status).toBe(401)
      })

      it("reports an event edited in the database, and the digest published before proves a rewrite even with every hash recomputed", async () => {
        const { lot, ids } = await sellerLot("INT-B")
        const { data } = await api.post("/admin/ocop/trace/digests", {}, demo.admin)
        const keptRoot: string = data.digest.root
        const keptDay: string = data.digest.day
        const { data: kept } = await api.get(
          `/store/ocop/trace/digests/${keptDay}?sequence=${data.digest.sequence}&lot_id=${lot.id}`,
          demo.store(),
        )
        const keptProof = kept.leaves[0].proof

        await dbConnection.raw(`update trace_event set biz_location = '{"name":"Kho khác"}' where id = ?`, [ids[1]])
        const edited = await publicTrace(lot)
        expect(edited.verification).toMatchObject({
          valid: false,
          first_broken: { event_id: ids[1], sequence: 2, reason: "content_changed" },
          digest: { matches: false },
        })
        expect(edited.verification.message.vi).toMatch(/bị sửa hoặc xoá/)

        // A patient forger recomputes every hash after the edit and the lot's head: the chain checks out…
        const rows = (await dbConnection.raw(`select * from trace_event where lot_id = ? order by sequence`, [lot.id]))
          .rows
        let previous = rows[0].content_hash
        for (const row of rows.slice(1)) {
          const hash = eventContentHash({ ...row, previous_hash: previous })
          await dbConnection.raw(`update trace_event set previous_hash = ?, content_hash = ? where id = ?`, [
            previous,
            hash,
            row.id,
          ])
          previous = hash
        }
        await dbConnection.raw(`update trace_lot set head_hash = ? where id = ?`, [previous, lot.id])
        const forged = await publicTrace(lot)
        expect(forged.verification.chain).toEqual({ valid: true, checked: 4 })
        // …but not against the digest published before: the public page says so…
        expect(forged.verification).toMatchObject({
          valid: false,
          first_broken: { reason: "digest_mismatch" },
          digest: { day: keptDay, matches: false },
        })
        // …and anyone who kept the root proves it: the lot's leaf, recomputed from the events shown now, is not in the kept tree.
        const leafNow = headLeafHash({
          lot_id: lot.id,
          gtin14: lot.gtin14,
          lot_code: lot.lot_code,
          event_count: 4,
          head_hash: previous,
        })
        expect(forged.verification.digest.recomputed_leaf_hash).toBe(leafNow)
        expect(verifyInclusion(leafNow, keptProof, keptRoot)).toBe(false)
        // Even a digest published after the forgery cannot bring the new head into the kept root.
        const { data: later } = await api.post("/admin/ocop/trace/digests", {}, demo.admin)
        expect(later.digest.previous_digest_hash).toBe(data.digest.digest_hash)
        const { data: laterLeaf } = await api.get(
          `/store/ocop/trace/digests/${later.digest.day}?sequence=${later.digest.sequence}&lot_id=${lot.id}`,
          demo.store(),
        )
        expect(laterLeaf.leaves[0].leaf_hash).toBe(leafNow)
        expect(verifyInclusion(laterLeaf.leaves[0].leaf_hash, laterLeaf.leaves[0].proof, keptRoot)).toBe(false)
        // And the public page keeps naming the earlier digest the history no longer matches.
        expect((await publicTrace(lot)).verification).toMatchObject({
          valid: false,
          digest: { sequence: data.digest.sequence, matches: false },
        })
      })

      it("reports a soft-deleted last event, a hard-deleted middle or last event, and reordered events", async () => {
        const soft = await sellerLot("INT-C")
        const hardMiddle = await sellerLot("INT-D")
        const hardLast = await sellerLot("INT-E")
        const reordered = await sellerLot("INT-F")
        const { data } = await api.post("/admin/ocop/trace/digests", {}, demo.admin)
        const root = data.digest.root

        await dbConnection.raw(`update trace_event set deleted_at = now() where id = ?`, [soft.ids[3]])
        await dbConnection.raw(`delete from trace_event where id = ?`, [hardMiddle.ids[1]])
        await dbConnection.raw(`delete from trace_event where id = ?`, [hardLast.ids[3]])
        // Swap events 2 and 3 (through a free number: the pair is unique).
        await dbConnection.raw(`update trace_event set sequence = 99 where id = ?`, [reordered.ids[1]])
        await dbConnection.raw(`update trace_event set sequence = 2 where id = ?`, [reordered.ids[2]])
        await dbConnection.raw(`update trace_event set sequence = 3 where id = ?`, [reordered.ids[1]])

        const cases: [any, string, number][] = [
          [soft, "event_deleted", 4],
          [hardMiddle, "sequence_gap", 3],
          [hardLast, "event_missing", 4],
          [reordered, "previous_hash_mismatch", 2],
        ]
        for (const [fixture, reason, sequence] of cases) {
          const page = await publicTrace(fixture.lot)
          expect([
            reason,
            page.verification.valid,
            page.verification.first_broken?.reason,
            page.verification.first_broken?.sequence,
          ]).toEqual([reason, false, reason, sequence])
          expect([reason, page.verification.digest?.matches, page.verification.digest?.root]).toEqual([
            reason,
            false,
            root,
          ])
        }
        // The soft-deleted event no longer shows on the page, and the page says the history is broken.
        expect((await publicTrace(soft.lot)).events.map((e: any) => e.sequence)).toEqual([1, 2, 3])

        // An append after a deletion does not hide it: the history keeps its number and stays reported.
        await api.post(`/sellers/me/lots/${hardLast.lot.id}/events`, step("storing", 5), a.headers)
        const stillBroken = await publicTrace(hardLast.lot)
        expect(stillBroken.verification.first_broken).toMatchObject({ reason: "sequence_gap", sequence: 5 })
      })

      it("publishes the day's digest from the scheduled job too", async () => {
        const result = await publishDailyDigest(getContainer() as any, new Date("2026-03-04T17:00:00Z"))
        expect(result).toMatchObject({ trigger: "scheduled", day: "2026-03-05" })
        const { data } = await api.get("/store/ocop/trace/digests/2026-03-05", demo.store())
        expect(data.digest).toMatchObject({ id: result.id, trigger: "scheduled" })
      })
    })

    describe("real actors", () => {
      it("records a seller's events as the seller and refuses an actor from the body; only an admin records an authority's inspection", async () => {
        const { lot, ids } = await sellerLot("ACT-A")
        const page = await publicTrace(lot)
        const first = page.events.find((e: any) => e.id === ids[0])
        expect(first.actor).toMatchObject({
          name: a.seller.legal_name,
          subject_id: a.subjectId,
          seller_id: a.seller.id,
          role: "producer",
        })
        expect(first.recorded_by).toEqual({ type: "seller", authority: false, name: a.seller.legal_name })
        expect(first.origin).toBe("seller")

        const before = (await dbConnection.raw(`select count(*)::int as n from trace_event where lot_id = ?`, [lot.id]))
          .rows[0].n
        for (const actor of [
          { name: "UBND tỉnh Lào Cai", role: "certifier" },
          { name: "Chi cục Quản lý chất lượng", role: "inspector" },
          { name: a.seller.legal_name },
        ]) {
          const refused = await settle(
            api.post(`/sellers/me/lots/${lot.id}/events`, { ...step("inspecting", 6), actor }, a.headers),
          )
          expect([actor.name, refused.status]).toEqual([actor.name, 400])
        }
        const forgedOrigin = await settle(
          api.post(`/sellers/me/lots/${lot.id}/events`, { ...step("inspecting", 6), origin: "admin" }, a.headers),
        )
        expect(forgedOrigin.status).toBe(400)
        expect(
          (await dbConnection.raw(`select count(*)::int as n from trace_event where lot_id = ?`, [lot.id])).rows[0].n,
        ).toBe(before)

        // The demo.admin records the authority's inspection, in the authority's name.
        const inspection = await api.post(
          `/admin/ocop/lots/${lot.id}/events`,
          {
            ...step("inspecting", 7),
            disposition: "conformant",
            actor: { name: "UBND tỉnh Lào Cai", role: "certifier" },
          },
          demo.admin,
        )
        expect(inspection.status).toBe(201)
        expect(inspection.data.event.actor).toMatchObject({
          name: "UBND tỉnh Lào Cai",
          role: "certifier",
          recorded_by: { type: "admin", id: expect.any(String) },
        })
        const after = await publicTrace(lot)
        expect(after.events.at(-1).recorded_by).toEqual({ type: "admin", authority: true, name: "UBND tỉnh Lào Cai" })
        expect(after.verification.chain.valid).toBe(true)
      })

      it("captures a producer's EPCIS events, marked as captured, and refuses an authority actor in them", async () => {
        const { lot } = await sellerLot("ACT-B")
        const epcClass = `https://id.gs1.org/01/${lot.gtin14}/10/${lot.lot_code}`
        const event = (id: string, actor: Record<string, unknown>) => ({
          type: "ObjectEvent",
          eventID: `urn:uuid:${id}`,
          eventTime: "2025-09-05T08:00:00+07:00",
          eventTimeZoneOffset: "+07:00",
          action: "OBSERVE",
          bizStep: "inspecting",
          disposition: "conformant",
          quantityList: [{ epcClass, quantity: 10 }],
          readPoint: { id: "https://id.gs1.org/414/8939999000017" },
          "ocop:actor": actor,
        })
        const document = {
          "@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld", { ocop: "urn:ocop:trace:" }],
          type: "EPCISDocument",
          schemaVersion: "2.0",
          creationDate: "2025-09-05T09:00:00+07:00",
          epcisBody: {
            eventList: [
              event("5b0e4f6e-1f0a-4c1e-9a55-000000000001", { name: "Tổ kiểm tra", role: "quality_control" }),
              event("5b0e4f6e-1f0a-4c1e-9a55-000000000002", { name: "UBND tỉnh Lào Cai", role: "certifier" }),
            ],
          },
        }
        const captured = await settle(
          api.post(`/admin/ocop/epcis/capture?subject_id=${a.subjectId}`, JSON.stringify(document), {
            headers: { ...demo.admin.headers, "content-type": "application/ld+json" },
          }),
        )
        expect(captured.status).toBe(207)
        expect(captured.data.errors.map((e: any) => e.index)).toEqual([1])
        const page = await publicTrace(lot)
        expect(page.events.at(-1).actor).toMatchObject({
          name: "Tổ kiểm tra",
          role: "quality_control",
          recorded_by: { type: "epcis_capture" },
        })
        expect(page.events.at(-1).recorded_by).toEqual({ type: "epcis_capture", authority: false, name: "Tổ kiểm tra" })
      })
    })

    describe("sellers complete their trace", () => {
      it("lets a seller give its variant a GTIN and declare a lot; refuses bad check digits, duplicates and other sellers in words", async () => {
        const { data } = await api.post("/sellers/me/products", productBody("GT-A"), a.headers)
        const [variant, second] = [variantBySku(data.product, "GT-A-100"), variantBySku(data.product, "GT-A-500")]
        await certifyProduct(api, demo.admin, a.subjectId, data.product.id, "8101/QĐ-UBND")
        const { data: theirs } = await api.post("/sellers/me/products", productBody("GT-B"), b.headers)
        await certifyProduct(api, demo.admin, b.subjectId, theirs.product.id, "8102/QĐ-UBND")

        const listed = (await api.get("/sellers/me/trade-items", a.headers)).data.variants
        expect(listed.find((v: any) => v.variant_id === variant.id)).toMatchObject({ gtin14: null, is_service: false })
        // Without a GTIN, the lot is refused with a sentence that names no demo.admin API.
        const early = await settle(
          api.post("/sellers/me/lots", { ...LOT, lot_code: "GT-1", variant_id: variant.id }, a.headers),
        )
        expect(early.status).toBe(400)
        expect(early.data.message).toMatch(/variant_id \(gtin\)/)
        expect(early.data.message).not.toMatch(/\/admin|POST/)

        const gtin = freshGtin13()
        const badDigit = gtin.slice(0, 12) + String((Number(gtin[12]) + 1) % 10)
        const bad = await settle(
          api.post("/sellers/me/trade-items", { variant_id: variant.id, gtin: badDigit }, a.headers),
        )
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/gtin \(check_digit\)/)])
        const short = await settle(
          api.post("/sellers/me/trade-items", { variant_id: variant.id, gtin: "89312" }, a.headers),
        )
        expect([short.status, short.data.message]).toEqual([400, expect.stringMatching(/gtin \(length\)/)])

        const registered = await api.post("/sellers/me/trade-items", { variant_id: variant.id, gtin }, a.headers)
        expect(registered.status).toBe(201)
        expect(registered.data.trade_item).toMatchObject({ gtin14: `0${gtin}`, variant_id: variant.id })
        const again = await settle(api.post("/sellers/me/trade-items", { variant_id: second.id, gtin }, a.headers))
        expect([again.status, again.data.message]).toEqual([400, expect.stringMatching(/gtin \(unique\)/)])
        // Another seller: the same GTIN is a duplicate that names nobody; A's variant is not found; A's items are not listed.
        const stolen = await settle(
          api.post(
            "/sellers/me/trade-items",
            { variant_id: variantBySku(theirs.product, "GT-B-100").id, gtin },
            b.headers,
          ),
        )
        expect([stolen.status, stolen.data.message]).toEqual([400, expect.stringMatching(/gtin \(unique\)/)])
        expect(stolen.data.message).not.toContain(variant.id)
        expect(
          (await settle(api.post("/sellers/me/trade-items", { variant_id: second.id, gtin: freshGtin13() }, b.headers)))
            .status,
        ).toBe(404)
        expect(
          (await api.get("/sellers/me/trade-items", b.headers)).data.variants.map((v: any) => v.variant_id),
        ).not.toContain(variant.id)
        expect(
          (await settle(api.post("/sellers/me/lots", { ...LOT, lot_code: "GT-X", variant_id: variant.id }, b.headers)))
            .status,
        ).toBe(404)

        const lot = await api.post("/sellers/me/lots", { ...LOT, lot_code: "GT-1", variant_id: variant.id }, a.headers)
        expect(lot.status).toBe(201)
        expect(lot.data.lot).toMatchObject({ gtin14: `0${gtin}`, lot_code: "GT-1" })
        expect((await settle(api.get(`/sellers/me/lots/${lot.data.lot.id}`, b.headers))).status).toBe(404)
        const page = await publicTrace(lot.data.lot)
        expect(page.product).toMatchObject({ id: data.product.id, handle: expect.any(String) })
        expect(page.producer).toMatchObject({ id: a.subjectId })
        expect(page.certificate).toMatchObject({ decision_number: "8101/QĐ-UBND" })
      })

      it("gives GTINs under a seller's GS1 company prefix, refuses a prefix another seller uses, and lets the admin correct a GTIN without lots", async () => {
        const { data } = await api.post("/sellers/me/products", productBody("PF-B"), b.headers)
        const given = await api.post("/sellers/me/trade-items/prefix", { company_prefix: "8937799" }, b.headers)
        expect(given.status).toBe(201)
        const gtins = given.data.trade_items.map((t: any) => t.gtin14)
        expect(gtins).toEqual(expect.arrayContaining([expect.stringMatching(/^08937799\d{6}$/)]))
        expect(gtins.length).toBeGreaterThanOrEqual(data.product.variants.length)
        const mine = (await api.get("/sellers/me/trade-items", b.headers)).data.variants.filter(
          (v: any) => v.product_id === data.product.id,
        )
        expect(mine.every((v: any) => /^08937799/.test(v.gtin14))).toBe(true)

        await api.post("/sellers/me/products", productBody("PF-A"), a.headers)
        const taken = await settle(api.post("/sellers/me/trade-items/prefix", { company_prefix: "8937799" }, a.headers))
        expect([taken.status, taken.data.message]).toEqual([400, expect.stringMatching(/company_prefix \(taken\)/)])
        const malformed = await settle(api.post("/sellers/me/trade-items/prefix", { company_prefix: "89A" }, a.headers))
        expect([malformed.status, malformed.data.message]).toEqual([
          400,
          expect.stringMatching(/company_prefix \(digits\)/),
        ])

        // The demo.admin corrects a GTIN that has no lots; one with lots stays as printed.
        const item = (await api.get(`/admin/ocop/trade-items?product_id=${data.product.id}`, demo.admin)).data
          .trade_items[0]
        const corrected = await api.post(`/admin/ocop/trade-items/${item.id}`, { gtin: freshGtin13() }, demo.admin)
        expect(corrected.status).toBe(200)
        const { lot } = await sellerLot("PF-LOT")
        const withLots = (await api.get(`/admin/ocop/trade-items?gtin=${lot.gtin14}`, demo.admin)).data.trade_items[0]
        const refused = await settle(
          api.post(`/admin/ocop/trade-items/${withLots.id}`, { gtin: freshGtin13() }, demo.admin),
        )
        expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(/gtin \(has_lots\)/)])
        expect(
          (await settle(api.post(`/admin/ocop/trade-items/${item.id}`, { gtin: "8937799000011" }, a.headers))).status,
        ).toBe(401)
      })
    })

    describe("paging", () => {
      it("pages trade items sharing one created_at without duplicates or gaps", async () => {
        const { data } = await api.post(
          "/sellers/me/products",
          productBody("PG", {
            variants: Array.from({ length: 12 }, (_, i) => ({
              title: `Gói ${i}`,
              sku: `PG-${i}`,
              price_vnd: 1000,
              stock: 1,
            })),
          }),
          a.headers,
        )
        await api.post("/sellers/me/trade-items/prefix", { company_prefix: "8937711" }, a.headers)
        // A catalogue-sized table (as an import writes it: hundreds of rows in one instant), ids in
        // no particular order, so that PostgreSQL's sort of equal keys is free to differ per page.
        await dbConnection.raw(
          `insert into trace_trade_item (id, gtin14, variant_id, product_id)
           select 'ttrade_pg' || lpad(((g * 7919) % 600)::text, 4, '0') || g, '0893776' || lpad(g::text, 7, '0'), 'variant_pg_' || g, 'prod_pg'
             from generate_series(0, 599) g`,
        )
        await dbConnection.raw(`update trace_trade_item set created_at = '2025-01-01T00:00:00Z'`)
        const { data: first } = await api.get("/admin/ocop/trade-items?limit=1", demo.admin)
        const seen: string[] = []
        for (let offset = 0; offset < first.count; offset += 50) {
          seen.push(
            ...(await api.get(`/admin/ocop/trade-items?limit=50&offset=${offset}`, demo.admin)).data.trade_items.map(
              (t: any) => t.id,
            ),
          )
        }
        expect(first.count).toBeGreaterThan(612)
        expect(seen).toHaveLength(first.count)
        expect(new Set(seen).size).toBe(first.count)
        expect(data.product.variants).toHaveLength(12)
        await dbConnection.raw(`delete from trace_trade_item where product_id = 'prod_pg'`)
      })
    })
  },
})
