import { describe, expect, it } from "vitest"
import { resolveActor } from "./actors"
import { eventContentHash, lotMasterHash, recomputedHead, verifyChain } from "./chain"
import { mapEpcisEvent, parseLotClass } from "./epcis/capture"
import { buildEpcisDocument, formatWithOffset, type ExportEvent, type ExportLot } from "./epcis/document"
import { validateEpcisDocument, validateEpcisEvent } from "./epcis/validate"
import type { LotMasterData, TraceEventInput } from "./types"
import { checkEventInput } from "./validate-event"
import { normaliseBizStep, normaliseDisposition } from "./vocabulary"

const NOW = new Date("2025-09-01T03:00:00Z")

const master: LotMasterData = {
  gtin14: "08936045600115",
  lot_code: "MO2508-A",
  variant_id: "variant_1",
  product_id: "prod_1",
  subject_id: "ocsub_1",
  production_date: "2025-08-10",
  best_before: "2027-08-10",
  expiry_date: null,
  quantity_produced: 500,
  unit: "H87",
  origin_area: "Xã Bắc Hà, tỉnh Lào Cai",
  inputs: [{ name: "Mật ong hoa bạc hà thô", producer: "Tổ hợp tác nuôi ong Na Hối" }],
}

const farm = { name: "Trại ong Na Hối", address: "Thôn Na Hối, xã Bắc Hà, tỉnh Lào Cai", lat: 22.5412, lng: 104.2915 }
const coop = { gln: "8936045600009", name: "Hợp tác xã Mật ong Bắc Hà", address: "xã Bắc Hà, tỉnh Lào Cai" }

const histories: TraceEventInput[] = [
  {
    event_type: "ObjectEvent",
    action: "ADD",
    biz_step: "commissioning",
    disposition: "active",
    event_time: "2025-08-10T06:30:00+07:00",
    read_point: farm,
    biz_location: farm,
    actor: { name: "Hộ ông Thào Seo Lử", role: "beekeeper" },
    quantities: [{ quantity: 150, uom: "KGM" }],
  },
  {
    event_type: "ObjectEvent",
    action: "OBSERVE",
    biz_step: "inspecting",
    disposition: "conformant",
    event_time: "2025-08-12T09:00:00+07:00",
    read_point: coop,
    biz_location: coop,
    attachments: [
      { url: "https://ocop.example/reports/MO2508-A.pdf", kind: "test_report", name: "Phiếu kết quả thử nghiệm" },
    ],
  },
  {
    event_type: "ObjectEvent",
    action: "OBSERVE",
    biz_step: "shipping",
    disposition: "in_transit",
    event_time: "2025-08-20T08:00:00+07:00",
    read_point: coop,
    destination: { type: "owning_party", name: "Công ty Phân phối Nông sản Sạch Hà Nội", gln: "8936045600016" },
    quantities: [{ quantity: 120 }],
  },
  {
    event_type: "TransactionEvent",
    action: "ADD",
    biz_step: "receiving",
    disposition: "sellable_not_accessible",
    event_time: "2025-08-21T15:00:00+07:00",
    biz_location: { name: "Kho Nông sản Sạch", address: "Long Biên, Hà Nội" },
    biz_transactions: [{ type: "po", id: "urn:ocop:po:PO-2025-0815" }],
  },
]

/** A stored chain, as the service would write it. */
function chain(lotId = "tlot_1") {
  const lot = { ...master, id: lotId, master_hash: lotMasterHash(master) }
  let previous = lot.master_hash
  const events = histories.map((input, i) => {
    const checked = checkEventInput(input, NOW)
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors))
    const row = {
      ...checked.value,
      id: `tevt_${i + 1}`,
      lot_id: lotId,
      sequence: i + 1,
      previous_hash: previous,
      origin: "admin",
    } as any
    row.content_hash = eventContentHash(row)
    row.created_at = new Date(new Date(row.event_time).getTime() + 60_000).toISOString()
    previous = row.content_hash
    return row as ExportEvent & { content_hash: string }
  })
  return { lot, events }
}

describe("the hash chain", () => {
  it("verifies an untouched history", () => {
    const { lot, events } = chain()
    expect(verifyChain(lot as any, events as any)).toEqual({ valid: true, checked: 4 })
  })

  it("does not depend on key order or on jsonb's dropping of undefined keys", () => {
    const { events } = chain()
    const shuffled = {
      ...events[0],
      read_point: { lng: farm.lng, lat: farm.lat, address: farm.address, name: farm.name, gln: undefined },
    }
    expect(eventContentHash(shuffled as any)).toBe(events[0].content_hash)
  })

  it("reports the first broken link when a stored event was edited", () => {
    const { lot, events } = chain()
    const tampered = events.map((e) => (e.sequence === 2 ? { ...e, disposition: "non_conformant" } : e))
    const result = verifyChain(lot as any, tampered as any)
    expect(result.valid).toBe(false)
    expect(result.first_broken).toMatchObject({
      event_id: "tevt_2",
      sequence: 2,
      reason: "content_changed",
      stored_hash: events[1].content_hash,
    })
    expect(result.first_broken!.expected_hash).not.toBe(events[1].content_hash)
  })

  it("detects an edit whose hash was recomputed by the next event's previous_hash, a deleted event and a changed lot", () => {
    const { lot, events } = chain()
    const forged = { ...events[1], disposition: "non_conformant" } as any
    forged.content_hash = eventContentHash(forged)
    expect(verifyChain(lot as any, [events[0], forged, events[2], events[3]] as any).first_broken).toMatchObject({
      sequence: 3,
      reason: "previous_hash_mismatch",
    })
    expect(verifyChain(lot as any, [events[0], events[2], events[3]] as any).first_broken).toMatchObject({
      sequence: 3,
      reason: "sequence_gap",
    })
    expect(verifyChain({ ...lot, quantity_produced: 900 } as any, events as any).first_broken).toMatchObject({
      event_id: null,
      sequence: 0,
      reason: "lot_master_changed",
    })
  })
})

describe("the lot's head and deleted events", () => {
  const headed = () => {
    const { lot, events } = chain()
    return { lot: { ...lot, head_hash: events[3].content_hash, event_count: 4 }, events }
  }

  it("verifies a history that matches the lot's recorded head and count", () => {
    const { lot, events } = headed()
    expect(verifyChain(lot as any, events as any)).toEqual({ valid: true, checked: 4 })
  })

  it("reports a soft-deleted event (even the last), a hard-deleted last event, a replaced end and reordered events", () => {
    const { lot, events } = headed()
    const soft = events.map((e) => (e.sequence === 4 ? { ...e, deleted_at: "2025-09-02T00:00:00Z" } : e))
    expect(verifyChain(lot as any, soft as any).first_broken).toMatchObject({
      event_id: "tevt_4",
      sequence: 4,
      reason: "event_deleted",
    })
    expect(verifyChain(lot as any, events.slice(0, 3) as any).first_broken).toMatchObject({
      sequence: 4,
      reason: "event_missing",
    })
    expect(verifyChain({ ...lot, head_hash: "f".repeat(64) } as any, events as any).first_broken).toMatchObject({
      reason: "head_mismatch",
    })
    const swapped = [events[0], { ...events[2], sequence: 2 }, { ...events[1], sequence: 3 }, events[3]]
    expect(verifyChain(lot as any, swapped as any).first_broken).toMatchObject({
      sequence: 2,
      reason: "previous_hash_mismatch",
    })
  })

  it("recomputes the head from content alone, so a forger's recomputed hashes still change it", () => {
    const { lot, events } = headed()
    expect(recomputedHead(lot as any, events as any, 4)).toBe(events[3].content_hash)
    expect(recomputedHead(lot as any, events as any, 2)).toBe(events[1].content_hash)
    expect(recomputedHead(lot as any, events.slice(0, 3) as any, 4)).toBeNull()
    const edited = events.map((e) => (e.sequence === 2 ? { ...e, disposition: "non_conformant" } : e))
    expect(recomputedHead(lot as any, edited as any, 4)).not.toBe(events[3].content_hash)
  })
})

describe("who records an event", () => {
  const seller = { type: "seller" as const, seller_id: "seller_1", name: "HTX Mật ong Bắc Hà", subject_id: "ocsub_1" }

  it("records a seller's event in the seller's name and refuses any actor it names", () => {
    expect(resolveActor(seller, {})).toEqual({
      ok: true,
      origin: "seller",
      actor: {
        name: "HTX Mật ong Bắc Hà",
        subject_id: "ocsub_1",
        seller_id: "seller_1",
        role: "producer",
        recorded_by: { type: "seller", id: "seller_1" },
      },
    })
    expect(resolveActor(seller, { actor: { name: "UBND tỉnh Lào Cai", role: "certifier" } })).toMatchObject({
      ok: false,
      errors: [{ field: "actor" }],
    })
  })

  it("lets only an admin record an authority's inspection, and refuses one in a captured document", () => {
    const admin = { type: "admin" as const, user_id: "user_1" }
    expect(resolveActor(admin, { actor: { name: "UBND tỉnh Lào Cai", role: "certifier" } })).toMatchObject({
      ok: true,
      origin: "admin",
      actor: { name: "UBND tỉnh Lào Cai", role: "certifier", recorded_by: { type: "admin", id: "user_1" } },
    })
    const capture = {
      type: "epcis_capture" as const,
      user_id: "user_1",
      subject_id: "ocsub_1",
      name: "HTX Mật ong Bắc Hà",
    }
    expect(resolveActor(capture, { actor: { name: "UBND tỉnh Lào Cai", role: "Inspector" } })).toMatchObject({
      ok: false,
      errors: [{ field: "actor.role" }],
    })
    expect(resolveActor(capture, {})).toMatchObject({
      ok: true,
      actor: { name: "HTX Mật ong Bắc Hà", role: "producer" },
    })
  })
})

describe("event values", () => {
  it("normalises CBV values written as URNs or web URIs", () => {
    expect(normaliseBizStep("urn:epcglobal:cbv:bizstep:shipping")).toBe("shipping")
    expect(normaliseBizStep("https://ref.gs1.org/cbv/BizStep-retail_selling")).toBe("retail_selling")
    expect(normaliseBizStep("harvesting")).toBeNull()
    expect(normaliseDisposition("https://ref.gs1.org/cbv/Disp-in_transit")).toBe("in_transit")
  })

  it("refuses an unknown step, an impossible future, a missing time zone and a bad GLN, naming each field", () => {
    const result = checkEventInput(
      {
        event_type: "ObjectEvent",
        action: "OBSERVE",
        biz_step: "harvesting",
        event_time: "2025-09-03T03:00:01Z",
        read_point: { gln: "8936045600001" },
        attachments: [{ url: "ftp://x", kind: "selfie" }],
      },
      NOW,
    )
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors.map((e) => e.field).sort()).toEqual([
        "attachments.0.kind",
        "attachments.0.url",
        "biz_step",
        "event_time",
        "read_point.gln",
      ])
    }
    const noZone = checkEventInput({ ...histories[0], event_time: "2025-08-10T06:30:00" }, NOW)
    expect(!noZone.ok && noZone.errors[0]).toMatchObject({ field: "event_time", rule: "time_zone" })
    // up to one day ahead is tolerated
    expect(checkEventInput({ ...histories[0], event_time: "2025-09-02T02:59:00Z" }, NOW).ok).toBe(true)
  })
})

describe("EPCIS 2.0 export", () => {
  it("is a valid EPCISDocument against GS1's JSON schema, with lot master data as ILMD", () => {
    const { lot, events } = chain()
    const correction = {
      ...events[2],
      id: "tevt_5",
      sequence: 5,
      corrects_event_id: "tevt_3",
      correction_reason: "120 → 100",
      quantities: [{ quantity: 100 }],
    }
    const document = buildEpcisDocument({
      lots: [lot as ExportLot],
      events: [...events, correction],
      now: NOW,
      sender: "https://ocop.example",
    })
    const validation = validateEpcisDocument(document)
    expect(validation.errors).toEqual([])
    expect(validation.valid).toBe(true)

    expect(document).toMatchObject({
      "@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld", { ocop: "urn:ocop:trace:" }],
      type: "EPCISDocument",
      schemaVersion: "2.0",
      creationDate: NOW.toISOString(),
    })
    const list = (document.epcisBody as any).eventList
    expect(list).toHaveLength(5)
    expect(list[0]).toMatchObject({
      type: "ObjectEvent",
      action: "ADD",
      bizStep: "commissioning",
      eventTime: "2025-08-10T06:30:00.000+07:00",
      eventTimeZoneOffset: "+07:00",
      quantityList: [{ epcClass: "https://id.gs1.org/01/08936045600115/10/MO2508-A", quantity: 150, uom: "KGM" }],
      readPoint: { id: "geo:22.5412,104.2915" },
      ilmd: {
        "cbvmda:lotNumber": "MO2508-A",
        "cbvmda:bestBeforeDate": "2027-08-10",
        "ocop:productionDate": "2025-08-10",
      },
    })
    expect(list[1].readPoint.id).toBe("https://id.gs1.org/414/8936045600009")
    expect(list[2].destinationList).toEqual([
      { type: "owning_party", destination: "https://id.gs1.org/417/8936045600016" },
    ])
    expect(list[2].errorDeclaration).toMatchObject({
      reason: "incorrect_data",
      correctiveEventIDs: ["urn:ocop:trace:event:tevt_5"],
    })
    expect(list.find((e: any) => e.type === "TransactionEvent")).toMatchObject({
      bizStep: "receiving",
      bizTransactionList: [{ type: "po", bizTransaction: "urn:ocop:po:PO-2025-0815" }],
    })
    expect(list[1].ilmd).toBeUndefined()
  })

  it("writes instants in the event's own offset", () => {
    expect(formatWithOffset("2025-08-10T23:30:00Z", "+07:00")).toBe("2025-08-11T06:30:00.000+07:00")
    expect(formatWithOffset("2025-08-10T23:30:00Z", "-05:00")).toBe("2025-08-10T18:30:00.000-05:00")
  })

  it("the schema refuses what EPCIS forbids", () => {
    expect(
      validateEpcisEvent({ type: "ObjectEvent", action: "ADD", eventTime: "2025-08-10T06:30:00+07:00" }).valid,
    ).toBe(false)
    expect(
      validateEpcisEvent({
        type: "ObjectEvent",
        action: "ADD",
        eventTime: "yesterday",
        eventTimeZoneOffset: "+07:00",
        quantityList: [{ epcClass: "https://id.gs1.org/01/08936045600115/10/A" }],
      }).valid,
    ).toBe(false)
    expect(
      validateEpcisEvent({
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime: "2025-08-10T06:30:00+07:00",
        eventTimeZoneOffset: "+07:00",
        quantityList: [{ epcClass: "https://id.gs1.org/01/08936045600115/10/A" }],
        bizStep: "harvesting",
      }).valid,
    ).toBe(false)
  })
})

describe("EPCIS capture mapping", () => {
  it("reads the lot from a Digital Link or an LGTIN class URN", () => {
    expect(parseLotClass("https://id.gs1.org/01/08936045600115/10/MO2508-A")).toEqual({
      gtin14: "08936045600115",
      lot_code: "MO2508-A",
    })
    expect(parseLotClass("urn:epc:class:lgtin:8936045.060011.MO2508-A")).toEqual({
      gtin14: "08936045600115",
      lot_code: "MO2508-A",
    })
    expect(parseLotClass("https://id.gs1.org/01/08936045600115/21/S1")).toBeNull()
  })

  it("round-trips our own export back into event inputs", () => {
    const { lot, events } = chain()
    const document = buildEpcisDocument({ lots: [lot as ExportLot], events, now: NOW })
    const mapped = (document.epcisBody as any).eventList.map((e: any) => mapEpcisEvent(e))
    expect(mapped.every((m: any) => m.ok)).toBe(true)
    expect(mapped[2]).toMatchObject({
      ok: true,
      lot: { gtin14: "08936045600115", lot_code: "MO2508-A" },
      input: {
        biz_step: "shipping",
        destination: { type: "owning_party", gln: "8936045600016", name: "Công ty Phân phối Nông sản Sạch Hà Nội" },
      },
    })
    expect(mapped[1].input.read_point).toMatchObject({ gln: "8936045600009", name: coop.name })
    expect(mapped[0].input.read_point).toMatchObject({ lat: 22.5412, lng: 104.2915 })
  })

  it("refuses serialised items, several lots in one event, and error declarations", () => {
    const base = {
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: "2025-08-10T06:30:00+07:00",
      eventTimeZoneOffset: "+07:00",
    }
    expect(mapEpcisEvent({ ...base, epcList: ["https://id.gs1.org/01/08936045600115/21/1"] })).toMatchObject({
      ok: false,
    })
    const two = mapEpcisEvent({
      ...base,
      quantityList: [
        { epcClass: "https://id.gs1.org/01/08936045600115/10/A" },
        { epcClass: "https://id.gs1.org/01/08936045600115/10/B" },
      ],
    })
    expect(!two.ok && two.errors[0].rule).toBe("one_lot")
    const declared = mapEpcisEvent({
      ...base,
      quantityList: [{ epcClass: "https://id.gs1.org/01/08936045600115/10/A" }],
      errorDeclaration: { declarationTime: "2025-08-11T00:00:00Z" },
    })
    expect(!declared.ok && declared.errors[0].field).toBe("errorDeclaration")
  })
})
