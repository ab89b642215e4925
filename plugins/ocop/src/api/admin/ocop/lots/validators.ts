import { z } from "@medusajs/framework/zod"
import { listParams, listQueryConfig } from "../../../utils/validate-query"
import {
  boundedDateText,
  multiLine,
  quantity,
  recordId,
  singleLine,
  TEXT_LIMITS,
  webUrl,
} from "../../../../lib/validation"

/**
 * Shapes of the traceability admin bodies and queries. The VALUES (GTIN check digits, lot number
 * characters, CBV business steps, event times, GLNs, dates) are checked by src/rules/gs1.ts and
 * the traceability module in the workflows, which name the field; the schemas fix the shape.
 */

const text = (max: number) => singleLine(max)

export const AdminRegisterTradeItem = z
  .object({
    variant_id: recordId(),
    gtin: z.union([singleLine(20), z.number().int().min(0).max(99_999_999_999_999)]).transform(String),
  })
  .strict()
export type AdminRegisterTradeItemType = z.infer<typeof AdminRegisterTradeItem>

export const AdminCorrectTradeItem = z
  .object({ gtin: z.union([z.string().max(40), z.number()]).transform(String) })
  .strict()
export type AdminCorrectTradeItemType = z.infer<typeof AdminCorrectTradeItem>

export const AdminListTradeItems = listParams({ limit: 50, max: 500 }).extend({
  variant_id: z.string().optional(),
  product_id: z.string().optional(),
  gtin: z.string().optional(),
})
export const adminListTradeItemsConfig = listQueryConfig({ limit: 50, orderable: ["created_at", "gtin14"] })

const lotInput = z
  .object({
    gtin: singleLine(20).nullish(),
    lot: singleLine(100).nullish(),
    producer: text(300).nullish(),
    name: text(300).nullish(),
  })
  .strict()

export const AdminCreateLot = z
  .object({
    variant_id: recordId(),
    lot_code: singleLine(100),
    production_date: boundedDateText(),
    best_before: boundedDateText().nullish(),
    expiry_date: boundedDateText().nullish(),
    quantity_produced: quantity({ max: 1_000_000_000, what: "quantity_produced" }),
    unit: z
      .string()
      .regex(/^[A-Z0-9]{2,3}$/, { message: "unit must be a UN/ECE unit code such as H87 (pieces), KGM, LTR" })
      .nullish(),
    origin_area: text(500),
    inputs: z.array(lotInput).max(50).nullish(),
    subject_id: recordId().nullish(),
  })
  .strict()
export type AdminCreateLotType = z.infer<typeof AdminCreateLot>

export const AdminListLots = listParams({ limit: 50, max: 200 }).extend({
  variant_id: z.string().optional(),
  product_id: z.string().optional(),
  subject_id: z.string().optional(),
  gtin: z.string().optional(),
  lot_code: z.string().optional(),
})
export type AdminListLotsType = z.infer<typeof AdminListLots>
export const adminListLotsConfig = listQueryConfig({
  limit: 50,
  orderable: ["production_date", "created_at", "lot_code"],
})

const location = z
  .object({
    id: text(500).nullish(),
    gln: singleLine(20).nullish(),
    name: text(300).nullish(),
    address: text(500).nullish(),
    lat: z.number().min(-90).max(90).nullish(),
    lng: z.number().min(-180).max(180).nullish(),
  })
  .strict()

const party = z
  .object({
    type: z.enum(["owning_party", "possessing_party", "location"]).default("owning_party"),
    id: text(500).nullish(),
    gln: singleLine(20).nullish(),
    name: text(300).nullish(),
    address: text(500).nullish(),
  })
  .strict()

export const AdminAppendTraceEvent = z
  .object({
    event_type: singleLine(50).default("ObjectEvent"),
    action: singleLine(20).default("OBSERVE"),
    biz_step: singleLine(TEXT_LIMITS.line),
    disposition: singleLine(TEXT_LIMITS.line).nullish(),
    event_time: boundedDateText(),
    event_time_zone_offset: singleLine(10).default("+07:00"),
    read_point: location.nullish(),
    biz_location: location.nullish(),
    actor: z
      .object({
        name: text(300),
        subject_id: recordId().nullish(),
        gln: singleLine(20).nullish(),
        role: text(100).nullish(),
      })
      .strict()
      .nullish(),
    quantities: z
      .array(
        z
          .object({
            quantity: z.number().min(0).max(1_000_000_000),
            uom: singleLine(10).nullish(),
            epc_class: text(500).nullish(),
            role: z.enum(["input", "output"]).nullish(),
          })
          .strict(),
      )
      .max(100)
      .nullish(),
    attachments: z
      .array(
        z
          .object({
            url: webUrl("attachments: each attachment is an http:// or https:// address"),
            kind: singleLine(50),
            name: text(300).nullish(),
          })
          .strict(),
      )
      .max(20)
      .nullish(),
    source: party.nullish(),
    destination: party.nullish(),
    biz_transactions: z
      .array(z.object({ type: singleLine(TEXT_LIMITS.line).nullish(), id: text(500) }).strict())
      .max(20)
      .nullish(),
    parent_id: text(500).nullish(),
    note: multiLine(2000).nullish(),
    corrects_event_id: recordId().nullish(),
    correction_reason: multiLine(1000).nullish(),
    /** The producer recording the event: refused when the lot is another producer's. */
    subject_id: recordId().nullish(),
  })
  .strict()
export type AdminAppendTraceEventType = z.infer<typeof AdminAppendTraceEvent>

export const AdminLotLabels = z.object({
  count: z.coerce.number().int().min(1).max(210).default(21),
})

export const AdminLotQr = z.object({
  scale: z.coerce.number().int().min(1).max(20).default(6),
})

/** A day in Vietnam (YYYY-MM-DD) or an ISO instant with its offset; the message names the parameter. */
function dayOrInstant(name: string) {
  return z
    .string()
    .refine(
      (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) || (/T.*(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v))),
      {
        message: `${name} must be a day (2025-08-15) or an instant with its offset (2025-08-15T07:30:00+07:00)`,
      },
    )
}

export const AdminEpcisQuery = z.object({
  subject_id: z.string().optional(),
  gtin: z.string().optional(),
  lot_code: z.string().optional(),
  from: dayOrInstant("from").optional(),
  to: dayOrInstant("to").optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminEpcisQueryType = z.infer<typeof AdminEpcisQuery>

export const AdminEpcisCapture = z.object({
  /** The producer whose lots the document's events are about. */
  subject_id: z.string(),
})
