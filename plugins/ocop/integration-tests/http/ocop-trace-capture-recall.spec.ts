import { setTimeout as sleep } from "node:timers/promises"
import { integrationTestRunner, placeCodOrder, certification, settle, demoStore } from "@ocop/backend/testing"
import { EPCIS_CONTEXT, OCOP_NAMESPACE, TRACEABILITY_MODULE } from "@ocop/plugin-ocop/modules/traceability"
import { lotEpcClass } from "@ocop/plugin-ocop/gs1"

const LIMIT = 6

/**
 * EPCIS 2.0 capture (a document with good and bad events: the bad ones reported by index, the
 * good ones kept) and the recall of a lot: orders placed through the store API, fulfilled through
 * the demo.admin API, whose lines are traced to lots (first-expiring with stock, or chosen).
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: LIMIT })

    const trace = () => getContainer().resolve<any>(TRACEABILITY_MODULE)
    const eventCount = async () => (await trace().listAndCountTraceEvents({}))[1]

    async function newLot(variantId: string, lotCode: string, bestBefore: string, quantity = 100) {
      const { data } = await api.post(
        "/admin/ocop/lots",
        {
          variant_id: variantId,
          lot_code: lotCode,
          production_date: "2025-09-01",
          best_before: bestBefore,
          quantity_produced: quantity,
          origin_area: "Xã Bát Tràng, thành phố Hà Nội",
        },
        demo.admin,
      )
      return data.lot
    }

    describe("POST /admin/ocop/epcis/capture", () => {
      const ld = (subjectId: string, document: unknown) =>
        settle(
          api.post(`/admin/ocop/epcis/capture?subject_id=${subjectId}`, JSON.stringify(document), {
            headers: { ...demo.admin.headers, "content-type": "application/ld+json" },
          }),
        )

      function event(epcClass: string, extra: Record<string, unknown> = {}) {
        return {
          type: "ObjectEvent",
          eventID: `urn:uuid:${crypto.randomUUID()}`,
          action: "OBSERVE",
          bizStep: "receiving",
          disposition: "sellable_not_accessible",
          eventTime: "2025-09-05T15:30:00.000+07:00",
          eventTimeZoneOffset: "+07:00",
          quantityList: [{ epcClass, quantity: 40 }],
          readPoint: { id: "https://id.gs1.org/414/8939999000017" },
          bizLocation: { id: "https://id.gs1.org/414/8939999000017", "ocop:name": "Kho Phân phối Thử nghiệm" },
          "ocop:actor": { name: "Công ty Phân phối Thử nghiệm", role: "distributor" },
          ...extra,
        }
      }
      const doc = (eventList: unknown[]) => ({
        "@context": [EPCIS_CONTEXT, { ocop: OCOP_NAMESPACE }],
        type: "EPCISDocument",
        schemaVersion: "2.0",
        creationDate: "2025-09-06T00:00:00Z",
        epcisBody: { eventList },
      })

      it("keeps the good events and reports each bad one by index with its reasons", async () => {
        const certificates = await certification(getContainer()).listOcopCertificates(
          { status: "valid" },
          { take: null },
        )
        const [item] = await trace().listTraceTradeItems({}, { take: 1, order: { created_at: "ASC" } })
        const mine = await newLot(item.variant_id, "CAP-1", "2027-09-01")
        const subjectId = mine.subject_id
        const foreignCertificate = certificates.find((c: any) => c.subject_id !== subjectId)
        const [foreignItem] = await trace().listTraceTradeItems(
          { product_id: foreignCertificate.product_id },
          { take: 1 },
        )
        const foreign = await newLot(foreignItem.variant_id, "CAP-X", "2027-09-01")
        const mineClass = lotEpcClass(mine.gtin14, "CAP-1")
        const future = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString()
        const before = await eventCount()

        const document = doc([
          /* 0 good */ event(mineClass, {
            action: "ADD",
            bizStep: "commissioning",
            disposition: "active",
            eventTime: "2025-09-01T06:00:00+07:00",
          }),
          /* 1 bad bizStep (schema) */ event(mineClass, { bizStep: "harvesting" }),
          /* 2 impossible future */ event(mineClass, { eventTime: future }),
          /* 3 another producer's lot */ event(lotEpcClass(foreign.gtin14, "CAP-X")),
          /* 4 no eventTimeZoneOffset (schema) */ (({ eventTimeZoneOffset, ...rest }) => rest)(event(mineClass)),
          /* 5 unknown lot */ event(lotEpcClass(mine.gtin14, "NOPE-9")),
          /* 6 good, LGTIN URN, shipping to a distributor */ event(
            `urn:epc:class:lgtin:${mine.gtin14.slice(1, 8)}.${mine.gtin14[0]}${mine.gtin14.slice(8, 13)}.CAP-1`,
            {
              bizStep: "https://ref.gs1.org/cbv/BizStep-shipping",
              disposition: "in_transit",
              eventTime: "2025-09-03T08:00:00+07:00",
              destinationList: [{ type: "owning_party", destination: "https://id.gs1.org/417/8939999000017" }],
              "ocop:destinationName": "Công ty Phân phối Thử nghiệm",
            },
          ),
          /* 7 error declaration: would rewrite history */ event(mineClass, {
            errorDeclaration: { declarationTime: "2025-09-06T00:00:00Z", reason: "incorrect_data" },
          }),
        ])
        const response = await ld(subjectId, document)
        expect([response.status, response.data.message]).toEqual([207, expect.any(String)])
        expect(response.data.received).toBe(8)
        expect([response.data.captured.map((c: any) => c.index), response.data.message]).toEqual([
          [0, 6],
          expect.any(String),
        ])
        expect(response.data.captured.map((c: any) => c.sequence)).toEqual([1, 2])
        const reasons = Object.fromEntries(
          response.data.errors.map((e: any) => [
            e.index,
            e.errors.map((x: any) => `${x.field}: ${x.message}`).join(" | "),
          ]),
        )
        expect(Object.keys(reasons).map(Number)).toEqual([1, 2, 3, 4, 5, 7])
        expect(reasons[1]).toMatch(/bizStep/)
        expect(reasons[2]).toMatch(/^eventTime: .*more than one day in the future/)
        expect(reasons[3]).toMatch(/quantityList\[0\]\.epcClass: .*belongs to another producer: refused/)
        expect(reasons[4]).toMatch(/eventTimeZoneOffset/)
        expect(reasons[5]).toMatch(/no lot NOPE-9 of GTIN/)
        expect(reasons[7]).toMatch(/^errorDeclaration: /)
        expect(response.data.message).toMatch(/^2 of 8 events captured; refused: eventList\[1\]/)
        expect(await eventCount()).toBe(before + 2)

        const { data: detail } = await api.get(`/admin/ocop/lots/${mine.id}`, demo.admin)
        expect(detail.events.map((e: any) => [e.biz_step, e.origin])).toEqual([
          ["commissioning", "epcis_capture"],
          ["shipping", "epcis_capture"],
        ])
        expect(detail.events[1].destination).toMatchObject({
          type: "owning_party",
          gln: "8939999000017",
          name: "Công ty Phân phối Thử nghiệm",
        })
        expect(detail.verification).toMatchObject({ valid: true, checked: 2 })
        expect((await api.get(`/admin/ocop/lots/${foreign.id}/events`, demo.admin)).data.events).toEqual([])

        // The same document again: nothing new (each captured event is known by its eventID) → 400.
        const again = await ld(subjectId, document)
        expect(again.status).toBe(400)
        expect(again.data.captured).toEqual([])
        expect(again.data.errors.find((e: any) => e.index === 0).errors[0]).toMatchObject({
          field: "eventID",
          message: expect.stringMatching(/already recorded/),
        })
        expect(await eventCount()).toBe(before + 2)
      })

      it("refuses a document that is not EPCIS 2.0, an unknown producer and a non-JSON body; nothing is written", async () => {
        const [lot] = await trace().listTraceLots({}, { take: 1 })
        const before = await eventCount()
        const good = doc([event(lotEpcClass(lot.gtin14, lot.lot_code))])

        const notEpcis = await ld(lot.subject_id, { ...good, type: "Invoice" })
        expect(notEpcis.status).toBe(400)
        expect(notEpcis.data.message).toMatch(/^type/)
        const noVersion = await ld(lot.subject_id, { ...good, schemaVersion: undefined })
        expect(noVersion.status).toBe(400)
        expect(noVersion.data.message).toMatch(/schemaVersion/)
        const unknown = await ld("ocsub_nope", good)
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/^subject_id/)
        const noSubject = await settle(api.post("/admin/ocop/epcis/capture", good, demo.admin))
        expect(noSubject.status).toBe(400)
        expect(noSubject.data.message).toMatch(/subject_id/)
        const xml = await settle(
          api.post(`/admin/ocop/epcis/capture?subject_id=${lot.subject_id}`, "<epcis/>", {
            headers: { ...demo.admin.headers, "content-type": "application/xml" },
          }),
        )
        expect(xml.status).toBe(400)
        expect(xml.data.message).toMatch(/^content-type/)
        const broken = await settle(
          api.post(`/admin/ocop/epcis/capture?subject_id=${lot.subject_id}`, "{nope", {
            headers: { ...demo.admin.headers, "content-type": "application/ld+json" },
          }),
        )
        expect(broken.status).toBe(400)
        expect(broken.data.message).toMatch(/^body \(json\)/)
        expect(await eventCount()).toBe(before)

        // application/json works as well as application/ld+json
        const plain = await settle(api.post(`/admin/ocop/epcis/capture?subject_id=${lot.subject_id}`, good, demo.admin))
        expect(plain.status).toBe(201)
        expect(await eventCount()).toBe(before + 1)
      })
    })

    describe("recall", () => {
      const placeOrder = (variantId: string, quantity: number, email: string) =>
        placeCodOrder(api, demo.store(), {
          regionId: demo.regionId,
          email,
          lines: [{ variant_id: variantId, quantity }],
        })

      async function fulfil(
        order: { id: string; items: { id: string; quantity: number }[] },
        metadata?: Record<string, unknown>,
      ) {
        const { data } = await api.post(
          `/admin/orders/${order.id}/fulfillments`,
          { items: order.items.map((i) => ({ id: i.id, quantity: i.quantity })), ...(metadata ? { metadata } : {}) },
          demo.admin,
        )
        return data.order
      }

      async function allocations(orderId: string, expected: number) {
        for (let i = 0; i < 80; i++) {
          const found = await trace().listTraceLotAllocations({ order_id: orderId }, { take: null })
          if (found.length >= expected) return found
          await sleep(250)
        }
        throw new Error(`no lot allocation for order ${orderId}`)
      }

      it("traces shipped lines to the first-expiring lots with stock (or the chosen lot) and lists who received a lot, with a CSV", async () => {
        // A variant without seeded lots: its own lots with known expiries.
        const items = await trace().listTraceTradeItems({}, { take: null, order: { created_at: "ASC" } })
        const seededLots = await trace().listTraceLots({}, { select: ["variant_id"], take: null })
        const withLots = new Set(seededLots.map((l: any) => l.variant_id))
        const item = items.find((i: any) => !withLots.has(i.variant_id))
        expect(item).toBeDefined()
        const late = await newLot(item.variant_id, "RC-LATE", "2027-12-31", 100)
        const soon = await newLot(item.variant_id, "RC-SOON", "2026-12-31", 1)

        // Order 1: 2 units → 1 from the first-expiring lot (its whole stock), 1 from the next.
        const first = await placeOrder(item.variant_id, 2, "khach.mot@example.com")
        await fulfil(first)
        const firstAllocations = await allocations(first.id, 2)
        expect(firstAllocations.map((a: any) => [a.lot_id, a.quantity, a.source]).sort()).toEqual(
          [
            [late.id, 1, "fefo"],
            [soon.id, 1, "fefo"],
          ].sort(),
        )

        // Order 2: the demo.admin names the lot at fulfilment.
        const second = await placeOrder(item.variant_id, 1, "khach.hai@example.com")
        await fulfil(second, { ocop_lots: { [second.items[0].id]: late.id } })
        expect((await allocations(second.id, 1)).map((a: any) => [a.lot_id, a.source])).toEqual([[late.id, "chosen"]])

        // A distributor in the lot's history.
        await api.post(
          `/admin/ocop/lots/${late.id}/events`,
          {
            biz_step: "shipping",
            disposition: "in_transit",
            event_time: "2025-09-03T08:00:00+07:00",
            destination: {
              type: "owning_party",
              name: "Công ty Phân phối Thử nghiệm",
              gln: "8939999000017",
              address: "Long Biên, Hà Nội",
            },
            quantities: [{ quantity: 30 }],
          },
          demo.admin,
        )

        const { data: recall } = await api.get(`/admin/ocop/lots/${late.id}/recall`, demo.admin)
        expect(recall.lot).toMatchObject({ id: late.id, lot_code: "RC-LATE" })
        expect(recall.orders.map((o: any) => o.display_id).sort()).toEqual([first.display_id, second.display_id].sort())
        const one = recall.orders.find((o: any) => o.order_id === first.id)
        expect(one).toMatchObject({
          email: "khach.mot@example.com",
          quantity: 1,
          shipping_address: { name: "Nguyễn Lan", city: "Hà Nội", phone: "0912345678" },
          lines: [{ line_item_id: first.items[0].id, quantity: 1, source: "fefo" }],
        })
        expect(recall.customers.map((c: any) => c.email).sort()).toEqual([
          "khach.hai@example.com",
          "khach.mot@example.com",
        ])
        expect(recall.distributors).toEqual([
          expect.objectContaining({ name: "Công ty Phân phối Thử nghiệm", gln: "8939999000017", quantity: 30 }),
        ])
        expect(recall.totals).toEqual({ orders: 2, customers: 2, distributors: 1, units_shipped_to_buyers: 2 })

        const { data: soonRecall } = await api.get(`/admin/ocop/lots/${soon.id}/recall`, demo.admin)
        expect(soonRecall.orders.map((o: any) => o.order_id)).toEqual([first.id])

        const csv = await api.get(`/admin/ocop/lots/${late.id}/recall.csv`, demo.admin)
        expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
        expect(csv.headers["content-disposition"]).toMatch(/recall-\d{14}-RC-LATE\.csv/)
        const lines = String(csv.data)
          .replace(/^\ufeff/, "")
          .trim()
          .split("\n")
        expect(lines[0]).toMatch(/^Loại \/ Kind,Đơn hàng \/ Order/)
        expect(lines).toHaveLength(4)
        expect(lines.find((l) => l.includes("khach.mot@example.com"))).toMatch(
          new RegExp(`^order,${first.display_id},`),
        )
        expect(lines.find((l) => l.startsWith("distributor"))).toContain("8939999000017")

        // A lot nobody received yet
        const { data: empty } = await api.get(
          `/admin/ocop/lots/${(await newLot(item.variant_id, "RC-NEW", "2027-06-30")).id}/recall`,
          demo.admin,
        )
        expect(empty.totals).toEqual({ orders: 0, customers: 0, distributors: 0, units_shipped_to_buyers: 0 })
      })
    })
  },
})
