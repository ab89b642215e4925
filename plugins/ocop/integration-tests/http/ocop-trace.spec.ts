import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  integrationTestRunner,
  seedDemo,
  demoProducts,
  certification,
  createBareProduct,
  settle,
  demoStore,
  onlyVariant,
} from "@ocop/backend/testing"
import { TRACEABILITY_MODULE } from "@ocop/plugin-ocop/modules/traceability"
import { buildDigitalLink, lotEpcClass, parseGtin, withCheckDigit } from "@ocop/plugin-ocop/gs1"

const LIMIT = 6

// The EPCIS 2.0 JSON schema vendored in the plugin, compiled with the plugin's ajv + ajv-formats.
const pluginRoot = dirname(require.resolve("@ocop/plugin-ocop/package.json"))
const pluginRequire = createRequire(join(pluginRoot, "package.json"))
const Ajv = pluginRequire("ajv").default
const addFormats = pluginRequire("ajv-formats").default
const epcisSchema = JSON.parse(
  readFileSync(join(pluginRoot, "src/modules/traceability/epcis/schema/EPCISDocument.schema.json"), "utf8"),
)
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
const validateEpcis = ajv.compile(epcisSchema)

function expectValidEpcis(document: unknown) {
  const valid = validateEpcis(document)
  expect(validateEpcis.errors ?? []).toEqual([])
  expect(valid).toBe(true)
}

/**
 * Traceability through the HTTP API: GTINs and lots, the append-only event history and its hash
 * chain (tampered with in SQL), the Digital Link in JSON and EPCIS JSON-LD, QR codes and labels,
 * the EPCIS query, bad input and denials.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const demo = demoStore(api, getContainer, { productLimit: LIMIT })

    const trace = () => getContainer().resolve<any>(TRACEABILITY_MODULE)
    const counts = async () => {
      const [, lots] = await trace().listAndCountTraceLots({})
      const [, events] = await trace().listAndCountTraceEvents({})
      const [, items] = await trace().listAndCountTraceTradeItems({})
      return { lots, events, items }
    }
    const path = (gtin: string, lot: string) => new URL(buildDigitalLink({ host: "x.invalid", gtin, lot })).pathname
    let gtinCounter = 0
    /** A fresh valid GTIN-13 under an invented 893 company prefix. */
    const freshGtin13 = () => withCheckDigit(`8937777${String(++gtinCounter).padStart(5, "0")}`)

    /**
     * A new lot of a seeded, certified product's variant (which the seed gave a GTIN); the producer
     * is taken from the product's certificate.
     */
    async function lotFixture(lotCode: string, extra: Record<string, unknown> = {}) {
      const [item] = await trace().listTraceTradeItems({}, { take: 1, order: { created_at: "ASC" } })
      const { data } = await api.post(
        "/admin/ocop/lots",
        {
          variant_id: item.variant_id,
          lot_code: lotCode,
          production_date: "2025-08-10",
          best_before: "2027-08-10",
          quantity_produced: 200,
          origin_area: "Xã Bắc Hà, tỉnh Lào Cai",
          inputs: [{ name: "Nguyên liệu thử nghiệm", producer: "Tổ hợp tác Na Hối" }],
          ...extra,
        },
        demo.admin,
      )
      return {
        lot: data.lot,
        variantId: item.variant_id as string,
        gtin14: item.gtin14 as string,
        subjectId: data.lot.subject_id as string,
      }
    }

    const commissioning = {
      event_type: "ObjectEvent",
      action: "ADD",
      biz_step: "commissioning",
      disposition: "active",
      event_time: "2025-08-09T06:30:00+07:00",
      read_point: {
        name: "Trại ong Na Hối",
        address: "Thôn Na Hối, xã Bắc Hà, tỉnh Lào Cai",
        lat: 22.5412,
        lng: 104.2915,
      },
      actor: { name: "Hộ ông Thào Seo Lử", role: "beekeeper" },
      quantities: [{ quantity: 150, uom: "KGM" }],
    }
    const inspecting = {
      event_type: "ObjectEvent",
      action: "OBSERVE",
      biz_step: "inspecting",
      disposition: "conformant",
      event_time: "2025-08-11T09:00:00+07:00",
      biz_location: { gln: withCheckDigit("893777700001"), name: "Hợp tác xã Mật ong Bắc Hà" },
      attachments: [{ url: "https://ocop.example/reports/test.pdf", kind: "test_report" }],
    }
    const shipping = {
      event_type: "ObjectEvent",
      action: "OBSERVE",
      biz_step: "shipping",
      disposition: "in_transit",
      event_time: "2025-08-15T08:00:00+07:00",
      destination: { type: "owning_party", name: "Công ty Phân phối Thử nghiệm", gln: withCheckDigit("893777700002") },
      quantities: [{ quantity: 120 }],
    }

    describe("the demo seed", () => {
      it("gives every physical variant a GTIN (893, valid check digit), 1–2 lots with a verifying history, no GTIN to tourism, and is idempotent", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const seeded = demoProducts.slice(0, LIMIT)
        const { data: products } = await query.graph({
          entity: "product",
          fields: ["id", "handle", "variants.id", "variants.trace_trade_item.gtin14", "variants.trace_lots.lot_code"],
          filters: { handle: seeded.map((p) => p.handle) },
        })
        for (const product of products as any[]) {
          const expected = seeded.find((p) => p.handle === product.handle)!
          for (const variant of product.variants) {
            const gtin = variant.trace_trade_item?.gtin14
            if (expected.isService) {
              expect(gtin).toBeUndefined()
              continue
            }
            expect(gtin).toMatch(/^0893\d{10}$/)
            expect(parseGtin(gtin).ok).toBe(true)
          }
          const lots = product.variants.flatMap((v: any) => v.trace_lots ?? [])
          expect([product.handle, lots.length >= (expected.isService ? 0 : 1) && lots.length <= 2]).toEqual([
            product.handle,
            true,
          ])
        }
        const lots = await trace().listTraceLots({}, { take: null })
        expect(lots.length).toBeGreaterThan(0)
        for (const lot of lots) {
          const { data } = await api.get(`/admin/ocop/lots/${lot.id}/verify`, demo.admin)
          expect(data).toMatchObject({ valid: true })
          expect(data.checked).toBeGreaterThanOrEqual(3)
        }
        const { data: oldest } = await api.get(`/admin/ocop/lots/${lots[0].id}`, demo.admin)
        expect(
          oldest.events.every((e: any) => e.event_time_zone_offset === "+07:00" && new Date(e.event_time) < new Date()),
        ).toBe(true)
        expect(oldest.events[0].biz_step).toBe("commissioning")

        const before = await counts()
        await seedDemo(container, { productLimit: LIMIT })
        expect(await counts()).toEqual(before)
      })
    })

    describe("GTINs, lots and the event history", () => {
      it("registers a GTIN-13 as GTIN-14 and refuses a wrong check digit, a taken GTIN or a second GTIN for the variant, naming the field", async () => {
        const product = await createBareProduct(api, demo.admin, "Trà shan tuyết thử nghiệm")
        const { data: full } = await api.get(`/admin/products/${product.id}?fields=id,*variants`, demo.admin)
        const variantId = onlyVariant(full.product).id
        const gtin = freshGtin13()
        const before = await counts()

        const wrong = `${gtin.slice(0, 12)}${(Number(gtin[12]) + 1) % 10}`
        const bad = await settle(
          api.post("/admin/ocop/trade-items", { variant_id: variantId, gtin: wrong }, demo.admin),
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^gtin \(check_digit\): .*wrong check digit/)
        expect(bad.data.rules).toEqual([
          {
            field: "gtin",
            rule: "check_digit",
            params: { value: wrong, given: wrong[12], expected: Number(gtin[12]) },
          },
        ])
        const short = await settle(
          api.post("/admin/ocop/trade-items", { variant_id: variantId, gtin: "89377771" }, demo.admin),
        )
        expect(short.status).toBe(400)
        expect(short.data.message).toMatch(/^gtin/)
        expect(await counts()).toEqual(before)

        const { data } = await api.post("/admin/ocop/trade-items", { variant_id: variantId, gtin }, demo.admin)
        expect(data.trade_item).toMatchObject({ gtin14: `0${gtin}`, variant_id: variantId, product_id: product.id })
        const again = await settle(
          api.post("/admin/ocop/trade-items", { variant_id: variantId, gtin: freshGtin13() }, demo.admin),
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/^variant_id/)
        const other = await createBareProduct(api, demo.admin, "Trà shan tuyết khác")
        const { data: otherFull } = await api.get(`/admin/products/${other.id}?fields=id,*variants`, demo.admin)
        const taken = await settle(
          api.post("/admin/ocop/trade-items", { variant_id: onlyVariant(otherFull.product).id, gtin }, demo.admin),
        )
        expect(taken.status).toBe(400)
        expect(taken.data.message).toMatch(/^gtin \(unique\)/)
      })

      it("creates a lot and lists it by variant and product; refuses bad lot numbers and dates, naming them", async () => {
        const { lot, variantId, gtin14 } = await lotFixture("MO2508-A")
        expect(lot).toMatchObject({
          lot_code: "MO2508-A",
          gtin14,
          production_date: "2025-08-10",
          best_before: "2027-08-10",
          quantity_produced: 200,
          digital_link: expect.stringMatching(new RegExp(`/01/${gtin14}/10/MO2508-A$`)),
          epc_class: `https://id.gs1.org/01/${gtin14}/10/MO2508-A`,
          producer: { legal_name: expect.any(String) },
          certificate: { stars: expect.any(Number), valid: true },
        })
        const [certificate] = await certification(getContainer()).listOcopCertificates(
          { product_id: lot.product_id, status: "valid" },
          { take: 1 },
        )
        expect(lot.subject_id).toBe(certificate.subject_id)
        expect(lot.certificate).toMatchObject({
          decision_number: certificate.decision_number,
          stars: certificate.stars,
        })
        const byVariant = await api.get(`/admin/ocop/lots?variant_id=${variantId}`, demo.admin)
        expect(byVariant.data.lots.map((l: any) => l.id)).toContain(lot.id)
        expect(byVariant.data.lots.every((l: any) => l.variant_id === variantId)).toBe(true)
        const byProduct = await api.get(`/admin/ocop/lots?product_id=${lot.product_id}`, demo.admin)
        expect(byProduct.data.lots.map((l: any) => l.id)).toContain(lot.id)
        const otherProducer = await settle(
          api.post(
            "/admin/ocop/lots",
            {
              variant_id: variantId,
              lot_code: "B2",
              production_date: "2025-08-10",
              quantity_produced: 10,
              origin_area: "Lào Cai",
              subject_id: "ocsub_nope",
            },
            demo.admin,
          ),
        )
        expect(otherProducer.status).toBe(400)
        expect(otherProducer.data.message).toMatch(/subject_id \(producer\)/)

        const before = await counts()
        const base = {
          variant_id: variantId,
          production_date: "2025-08-10",
          quantity_produced: 10,
          origin_area: "Lào Cai",
        }
        for (const [body, field] of [
          [{ ...base, lot_code: "MO2508-A" }, /lot_code \(unique\)/],
          [{ ...base, lot_code: "Lô 1" }, /lot_code \(charset\)/],
          [{ ...base, lot_code: "X".repeat(21) }, /lot_code \(length\)/],
          [{ ...base, lot_code: "B1", production_date: "2025-02-30" }, /production_date \(date\)/],
          [{ ...base, lot_code: "B1", best_before: "2025-08-01" }, /best_before \(after_production\)/],
          [{ ...base, lot_code: "B1", inputs: [{ gtin: "8936045600116" }] }, /inputs\.0\.gtin \(check_digit\)/],
        ] as const) {
          const response = await settle(api.post("/admin/ocop/lots", body, demo.admin))
          expect([body.lot_code, response.status]).toEqual([body.lot_code, 400])
          expect(response.data.message).toMatch(field)
        }
        expect(await counts()).toEqual(before)
      })

      it("appends events to a lot's chain and verifies it; a correction is a new event", async () => {
        const { lot } = await lotFixture("MO2508-B")
        const first = await api.post(`/admin/ocop/lots/${lot.id}/events`, commissioning, demo.admin)
        expect(first.status).toBe(201)
        expect(first.data.event).toMatchObject({
          sequence: 1,
          previous_hash: lot.master_hash,
          biz_step: "commissioning",
          local_time: "2025-08-09T06:30:00.000+07:00",
        })
        const second = await api.post(`/admin/ocop/lots/${lot.id}/events`, inspecting, demo.admin)
        expect(second.data.event).toMatchObject({ sequence: 2, previous_hash: first.data.event.content_hash })
        const third = await api.post(
          `/admin/ocop/lots/${lot.id}/events`,
          { ...shipping, biz_step: "urn:epcglobal:cbv:bizstep:shipping" },
          demo.admin,
        )
        expect(third.data.event.biz_step).toBe("shipping")
        const fix = await api.post(
          `/admin/ocop/lots/${lot.id}/events`,
          {
            ...shipping,
            quantities: [{ quantity: 100 }],
            corrects_event_id: third.data.event.id,
            correction_reason: "Số lượng xuất là 100, không phải 120",
          },
          demo.admin,
        )
        expect(fix.data.event).toMatchObject({ sequence: 4, corrects_event_id: third.data.event.id })

        const { data: verify } = await api.get(`/admin/ocop/lots/${lot.id}/verify`, demo.admin)
        expect(verify).toMatchObject({ valid: true, checked: 4 })
        const { data: detail } = await api.get(`/admin/ocop/lots/${lot.id}`, demo.admin)
        expect(detail.events.map((e: any) => e.sequence)).toEqual([1, 2, 3, 4])
        expect(detail.events[2].corrected_by).toEqual([fix.data.event.id])
        expect(detail.locations.map((l: any) => l.name)).toEqual(["Trại ong Na Hối", "Hợp tác xã Mật ong Bắc Hà"])
      })
    })

    describe("bad input and the append-only history", () => {
      it("refuses an impossible future, an unknown business step, another producer's lot and a foreign correction with a 4xx naming the field; nothing is written", async () => {
        const { lot } = await lotFixture("MO2508-C")
        const { lot: other } = await lotFixture("MO2508-D")
        const { data: otherEvent } = await api.post(`/admin/ocop/lots/${other.id}/events`, commissioning, demo.admin)
        const [otherSubject] = await certification(getContainer()).listOcopSubjects(
          { id: { $ne: lot.subject_id } },
          { take: 1 },
        )
        const before = await counts()

        const future = new Date(Date.now() + 26 * 3600 * 1000).toISOString()
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ ...commissioning, event_time: future }, /^event_time \(future\)/],
          [{ ...commissioning, event_time: "2025-08-09 06:30" }, /^event_time/],
          [
            { ...commissioning, biz_step: "harvesting" },
            /^biz_step \(cbv_biz_step\): "harvesting" is not a business step/,
          ],
          [{ ...commissioning, disposition: "fresh" }, /^disposition/],
          [{ ...commissioning, read_point: { gln: "8937777000011" } }, /read_point\.gln \(check_digit\)/],
          [{ ...commissioning, subject_id: otherSubject.id }, /^subject_id \(producer\): .*another producer/],
          [{ ...commissioning, corrects_event_id: otherEvent.event.id, correction_reason: "x" }, /^corrects_event_id/],
          [{ ...commissioning, quantities: [{ quantity: -1 }] }, /quantities(\.|, )0(\.|, )quantity/],
          [{ ...commissioning, colour: "red" }, /colour/],
        ]
        for (const [body, message] of cases) {
          const response = await settle(api.post(`/admin/ocop/lots/${lot.id}/events`, body, demo.admin))
          expect([message.source, response.status]).toEqual([message.source, 400])
          expect(response.data.message).toMatch(message)
        }
        const missing = await settle(api.post(`/admin/ocop/lots/tlot_nope/events`, commissioning, demo.admin))
        expect(missing.status).toBe(404)
        expect(await counts()).toEqual(before)
      })

      it("refuses to update or delete an event, or to change a lot (405 naming the field), and the service refuses too", async () => {
        const { lot } = await lotFixture("MO2508-E")
        const { data } = await api.post(`/admin/ocop/lots/${lot.id}/events`, commissioning, demo.admin)
        const eventId = data.event.id
        const attempts = [
          settle(api.patch(`/admin/ocop/lots/${lot.id}/events/${eventId}`, { disposition: "destroyed" }, demo.admin)),
          settle(api.put(`/admin/ocop/lots/${lot.id}/events/${eventId}`, { disposition: "destroyed" }, demo.admin)),
          settle(api.delete(`/admin/ocop/lots/${lot.id}/events/${eventId}`, demo.admin)),
          settle(api.delete(`/admin/ocop/lots/${lot.id}/events`, demo.admin)),
        ]
        for (const response of await Promise.all(attempts)) {
          expect(response.status).toBe(405)
          expect(response.data.message).toMatch(/^event_id: the history of a lot is append-only/)
          expect(response.data.message).toMatch(/corrects_event_id/)
        }
        const lotChange = await settle(api.delete(`/admin/ocop/lots/${lot.id}`, demo.admin))
        expect(lotChange.status).toBe(405)
        expect(lotChange.data.message).toMatch(/^lot: /)

        await expect(trace().updateTraceEvents({ id: eventId, disposition: "destroyed" })).rejects.toThrow(
          /append-only/,
        )
        await expect(trace().deleteTraceEvents(eventId)).rejects.toThrow(/append-only/)
        await expect(trace().softDeleteTraceEvents(eventId)).rejects.toThrow(/append-only/)
        await expect(trace().updateTraceLots({ id: lot.id, quantity_produced: 1 })).rejects.toThrow(/cannot be changed/)
        const { data: after } = await api.get(`/admin/ocop/lots/${lot.id}/events/${eventId}`, demo.admin)
        expect(after.event).toMatchObject({ id: eventId, disposition: "active" })
      })

      it("detects an edit made directly in the database and reports the first broken link", async () => {
        const { lot } = await lotFixture("MO2508-F")
        const ids: string[] = []
        for (const body of [commissioning, inspecting, shipping]) {
          const { data } = await api.post(`/admin/ocop/lots/${lot.id}/events`, body, demo.admin)
          ids.push(data.event.id)
        }
        expect((await api.get(`/admin/ocop/lots/${lot.id}/verify`, demo.admin)).data).toMatchObject({
          valid: true,
          checked: 3,
        })

        const [stored] = (await dbConnection.raw(`select content_hash from trace_event where id = ?`, [ids[1]])).rows
        // Someone rewrites the inspection result in SQL, behind the application's back.
        await dbConnection.raw(`update trace_event set disposition = 'non_conformant' where id = ?`, [ids[1]])
        const { data } = await api.get(`/admin/ocop/lots/${lot.id}/verify`, demo.admin)
        expect(data).toMatchObject({
          valid: false,
          checked: 2,
          first_broken: { event_id: ids[1], sequence: 2, reason: "content_changed", stored_hash: stored.content_hash },
        })
        expect(data.first_broken.expected_hash).toMatch(/^[0-9a-f]{64}$/)
        expect(data.first_broken.expected_hash).not.toBe(stored.content_hash)

        // Recomputing that row's hash does not help: the next event still points at the old one.
        await dbConnection.raw(`update trace_event set content_hash = ? where id = ?`, [
          data.first_broken.expected_hash,
          ids[1],
        ])
        const { data: forged } = await api.get(`/admin/ocop/lots/${lot.id}/verify`, demo.admin)
        expect(forged.first_broken).toMatchObject({ event_id: ids[2], sequence: 3, reason: "previous_hash_mismatch" })

        // The public trace page shows it too.
        const { data: page } = await api.get(`/store/ocop/trace${path(lot.gtin14, lot.lot_code)}`, demo.store())
        expect(page.trace.verification).toMatchObject({ valid: false, first_broken: { sequence: 3 } })

        // A changed lot (its master data is the chain's anchor) is detected as well.
        const { lot: other } = await lotFixture("MO2508-G")
        await api.post(`/admin/ocop/lots/${other.id}/events`, commissioning, demo.admin)
        await dbConnection.raw(`update trace_lot set production_date = '2025-07-01' where id = ?`, [other.id])
        const { data: lotBroken } = await api.get(`/admin/ocop/lots/${other.id}/verify`, demo.admin)
        expect(lotBroken.first_broken).toMatchObject({ event_id: null, sequence: 0, reason: "lot_master_changed" })
      })
    })

    describe("the Digital Link", () => {
      it("resolves /01/{gtin}/10/{lot} to the lot page data: product, producer, certificate and stars, timeline, places, verification", async () => {
        const { lot, gtin14 } = await lotFixture("L2/0815")
        for (const body of [commissioning, inspecting, shipping])
          await api.post(`/admin/ocop/lots/${lot.id}/events`, body, demo.admin)
        expect(lot.digital_link).toMatch(new RegExp(`/01/${gtin14}/10/L2%2F0815$`))

        const { data, headers } = await api.get(`/store/ocop/trace${path(gtin14, "L2/0815")}`, demo.store())
        expect(headers["content-type"]).toMatch(/application\/json/)
        const [certificate] = await certification(getContainer()).listOcopCertificates(
          { subject_id: lot.subject_id, status: "valid" },
          { take: 1 },
        )
        expect(data.trace).toMatchObject({
          lot_code: "L2/0815",
          gtin14,
          production_date: "2025-08-10",
          best_before: "2027-08-10",
          origin_area: "Xã Bắc Hà, tỉnh Lào Cai",
          product: { id: lot.product_id, title: expect.any(String) },
          producer: { id: lot.subject_id, legal_name: expect.any(String), province: expect.any(String) },
          verification: { valid: true, checked: 3 },
        })
        expect(data.trace.certificate).toMatchObject({ valid: true, status: "valid", stars: expect.any(Number) })
        expect(certificate.subject_id).toBe(lot.subject_id)
        expect(data.trace.events.map((e: any) => [e.sequence, e.biz_step, e.biz_step_label.vi])).toEqual([
          [1, "commissioning", "Nguyên liệu, khởi tạo lô"],
          [2, "inspecting", "Kiểm tra chất lượng"],
          [3, "shipping", "Xuất hàng"],
        ])
        expect(data.trace.events[1].attachments).toEqual([
          { url: "https://ocop.example/reports/test.pdf", kind: "test_report" },
        ])
        expect(data.trace.locations).toHaveLength(2)

        // GTIN-13 in the path works too (padded to 14)
        const short = await api.get(
          `/store/ocop/trace/01/${gtin14.slice(1)}/10/${encodeURIComponent("L2/0815")}`,
          demo.store(),
        )
        expect(short.data.trace.id).toBe(lot.id)
      })

      it("answers EPCIS 2.0 JSON-LD with ?format=epcis or Accept: application/ld+json, valid against GS1's schema", async () => {
        const { lot, gtin14 } = await lotFixture("MO2508-H")
        for (const body of [commissioning, inspecting, shipping])
          await api.post(`/admin/ocop/lots/${lot.id}/events`, body, demo.admin)
        const byQuery = await api.get(`/store/ocop/trace${path(gtin14, "MO2508-H")}?format=epcis`, demo.store())
        const byAccept = await api.get(
          `/store/ocop/trace${path(gtin14, "MO2508-H")}`,
          demo.store({ accept: "application/ld+json" }),
        )
        for (const response of [byQuery, byAccept]) {
          expect(response.headers["content-type"]).toMatch(/^application\/ld\+json/)
          const document = typeof response.data === "string" ? JSON.parse(response.data) : response.data
          expectValidEpcis(document)
          expect(document).toMatchObject({
            "@context": expect.arrayContaining(["https://ref.gs1.org/standards/epcis/epcis-context.jsonld"]),
            type: "EPCISDocument",
            schemaVersion: "2.0",
            creationDate: expect.any(String),
          })
          const events = document.epcisBody.eventList
          expect(events.map((e: any) => e.bizStep)).toEqual(["commissioning", "inspecting", "shipping"])
          expect(events[0]).toMatchObject({
            type: "ObjectEvent",
            action: "ADD",
            eventTime: "2025-08-09T06:30:00.000+07:00",
            eventTimeZoneOffset: "+07:00",
            disposition: "active",
            readPoint: { id: "geo:22.5412,104.2915" },
            quantityList: [{ epcClass: `https://id.gs1.org/01/${gtin14}/10/MO2508-H`, quantity: 150, uom: "KGM" }],
            ilmd: {
              "cbvmda:lotNumber": "MO2508-H",
              "cbvmda:bestBeforeDate": "2027-08-10",
              "ocop:productionDate": "2025-08-10",
            },
          })
          expect(events[1].bizLocation.id).toMatch(/^https:\/\/id\.gs1\.org\/414\/893777700001\d$/)
        }
      })

      it("answers 404 with a helpful message for an unknown GTIN or lot, and 400 for a malformed GTIN", async () => {
        const { gtin14 } = await lotFixture("MO2508-I")
        const noLot = await settle(api.get(`/store/ocop/trace${path(gtin14, "NOPE-1")}`, demo.store()))
        expect(noLot.status).toBe(404)
        expect(noLot.data.message).toMatch(/is registered, but it has no lot "NOPE-1": check the lot number/)
        const unknown = freshGtin13()
        const noGtin = await settle(api.get(`/store/ocop/trace/01/${unknown}/10/A1`, demo.store()))
        expect(noGtin.status).toBe(404)
        expect(noGtin.data.message).toMatch(/No product with GTIN 0\d{13} is registered on this marketplace/)
        const badCheck = await settle(
          api.get(`/store/ocop/trace/01/${gtin14.slice(0, 13)}${(Number(gtin14[13]) + 1) % 10}/10/A1`, demo.store()),
        )
        expect(badCheck.status).toBe(400)
        expect(badCheck.data.message).toMatch(/^gtin \(check_digit\)/)
        const badFormat = await settle(api.get(`/store/ocop/trace${path(gtin14, "MO2508-I")}?format=xml`, demo.store()))
        expect(badFormat.status).toBe(400)
      })
    })

    describe("QR codes, labels and the EPCIS query", () => {
      it("renders the Digital Link as a QR code (PNG and SVG) and a print-ready sheet of N labels", async () => {
        const { lot } = await lotFixture("MO2508-J")
        const png = await api.get(`/admin/ocop/lots/${lot.id}/qr.png`, { ...demo.admin, responseType: "arraybuffer" })
        expect(png.headers["content-type"]).toBe("image/png")
        expect(Buffer.from(png.data).subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a")
        expect(png.headers.link).toContain(lot.digital_link)
        const svg = await api.get(`/admin/ocop/lots/${lot.id}/qr.svg`, demo.admin)
        expect(svg.headers["content-type"]).toMatch(/^image\/svg\+xml/)
        expect(svg.data).toMatch(/^<svg [^>]*viewBox/)

        const labels = await api.get(`/admin/ocop/lots/${lot.id}/labels?count=5`, demo.admin)
        expect(labels.headers["content-type"]).toMatch(/^text\/html/)
        expect(labels.data.match(/class="label"/g)).toHaveLength(5)
        expect(labels.data).toContain("Lô / Lot: <b>MO2508-J</b>")
        expect(labels.data).toContain("NSX: 10/08/2025")
        expect(labels.data).toContain(lot.product.title)
        expect(labels.data).toContain(`GTIN ${lot.gtin14}`)
        expect(labels.data).not.toMatch(/<script/i)
        const tooMany = await settle(api.get(`/admin/ocop/lots/${lot.id}/labels?count=0`, demo.admin))
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toMatch(/count/)
      })

      it("exports a producer's events between two dates as a valid EPCISDocument", async () => {
        const { lot, subjectId } = await lotFixture("MO2508-K")
        for (const body of [commissioning, inspecting, shipping])
          await api.post(`/admin/ocop/lots/${lot.id}/events`, body, demo.admin)
        const response = await api.get(
          `/admin/ocop/epcis/events?subject_id=${subjectId}&from=2025-08-10&to=2025-08-15`,
          demo.admin,
        )
        expect(response.headers["content-type"]).toMatch(/^application\/ld\+json/)
        const document = typeof response.data === "string" ? JSON.parse(response.data) : response.data
        expectValidEpcis(document)
        const steps = document.epcisBody.eventList
          .filter((e: any) => e.quantityList?.[0]?.epcClass?.endsWith("/10/MO2508-K"))
          .map((e: any) => e.bizStep)
        expect(steps).toEqual(["inspecting", "shipping"])
        const lots = await trace().listTraceLots(
          { subject_id: subjectId },
          { select: ["gtin14", "lot_code"], take: null },
        )
        const own = new Set(lots.map((l: any) => lotEpcClass(l.gtin14, l.lot_code)))
        for (const event of document.epcisBody.eventList)
          expect(own.has(event.quantityList?.[0]?.epcClass ?? event.outputQuantityList?.[0]?.epcClass)).toBe(true)
        const bad = await settle(api.get(`/admin/ocop/epcis/events?from=yesterday`, demo.admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/from/)
      })
    })

    describe("denials", () => {
      it("refuses the admin API without an admin token (401) and the store API without a publishable key", async () => {
        const [lot] = await trace().listTraceLots({}, { take: 1 })
        for (const [method, url] of [
          ["get", "/admin/ocop/lots"],
          ["post", "/admin/ocop/lots"],
          ["post", "/admin/ocop/trade-items"],
          ["get", `/admin/ocop/lots/${lot.id}`],
          ["post", `/admin/ocop/lots/${lot.id}/events`],
          ["get", `/admin/ocop/lots/${lot.id}/verify`],
          ["get", `/admin/ocop/lots/${lot.id}/qr.png`],
          ["get", `/admin/ocop/lots/${lot.id}/labels`],
          ["get", `/admin/ocop/lots/${lot.id}/recall`],
          ["get", `/admin/ocop/lots/${lot.id}/recall.csv`],
          ["get", "/admin/ocop/epcis/events"],
          ["post", "/admin/ocop/epcis/capture?subject_id=x"],
          ["delete", `/admin/ocop/lots/${lot.id}/events/x`],
        ] as const) {
          const response = await settle(
            method === "get" || method === "delete" ? api[method](url) : api[method](url, {}),
          )
          expect([method, url, response.status]).toEqual([method, url, 401])
        }
        const forged = await settle(api.get("/admin/ocop/lots", { headers: { authorization: "Bearer not-a-token" } }))
        expect(forged.status).toBe(401)
        const noKey = await settle(api.get(`/store/ocop/trace${path(lot.gtin14, lot.lot_code)}`))
        expect(noKey.status).toBe(400)
      })
    })
  },
})
