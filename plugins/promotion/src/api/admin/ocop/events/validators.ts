import { z } from "@medusajs/framework/zod"
import {
  coercedDate,
  multiLine,
  nameText,
  recordId,
  saneDate,
  singleLine,
  TEXT_LIMITS,
} from "@ocop/plugin-ocop/validation"
import { currentProvinceFor } from "@ocop/reference"
import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"
import { TRADE_EVENT_KINDS } from "../../../../modules/trade-event"
import { isHttpsUrl } from "../../../../lib/media-urls"

const fields = {
  handle: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      "handle: lowercase letters, digits and hyphens (it is the event page's address)",
    ),
  title: nameText(),
  description: multiLine(TEXT_LIMITS.long).nullish(),
  kind: z.enum(TRADE_EVENT_KINDS),
  // Times carry their zone ("2026-12-05T19:00:00+07:00"); a time without one is refused.
  starts_at: z
    .string()
    .datetime({ offset: true, message: "starts_at: a date and time with its zone, e.g. 2026-12-05T19:00:00+07:00" })
    .pipe(saneDate("starts_at: a date and time between 1900 and 2200")),
  ends_at: z
    .string()
    .datetime({ offset: true, message: "ends_at: a date and time with its zone, e.g. 2026-12-05T21:00:00+07:00" })
    .pipe(saneDate("ends_at: a date and time between 1900 and 2200")),
  place: singleLine(TEXT_LIMITS.line).nullish(),
  stream_url: z.string().trim().refine(isHttpsUrl, "stream_url: an https link to the live stream").nullish(),
  province: z
    .string()
    .max(100)
    .transform((name, ctx) => {
      const current = currentProvinceFor(name)
      if (!current)
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `province: "${name}" is not one of the 34 provinces` })
      return current ?? name
    })
    .nullish(),
  producer_ids: z.array(recordId()).max(200),
  product_ids: z.array(recordId()).max(100),
}

function endAfterStart(body: { starts_at?: Date; ends_at?: Date }, ctx: z.RefinementCtx) {
  if (body.starts_at && body.ends_at && body.ends_at <= body.starts_at) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["ends_at"],
      message: "ends_at: the event must end after it starts",
    })
  }
}

/** POST /admin/ocop/events */
export const AdminCreateTradeEvent = z
  .object({ ...fields, producer_ids: fields.producer_ids.default([]), product_ids: fields.product_ids.default([]) })
  .strict()
  .superRefine(endAfterStart)
export type AdminCreateTradeEventType = z.infer<typeof AdminCreateTradeEvent>

/** POST /admin/ocop/events/:id (any subset; the whole event is checked again) */
export const AdminUpdateTradeEvent = z.object(fields).partial().strict().superRefine(endAfterStart)
export type AdminUpdateTradeEventType = z.infer<typeof AdminUpdateTradeEvent>

/**
 * GET /admin/ocop/events and GET /store/ocop/events: a page (?limit 1–200, 100 &offset) of the events
 * ending after `from` and starting before `to`.
 */
export const ListTradeEvents = listParams({ limit: 100, max: 200 })
  .extend({
    from: coercedDate("from: a date between 1900 and 2200").optional(),
    to: coercedDate("to: a date between 1900 and 2200").optional(),
    kind: z.enum(TRADE_EVENT_KINDS).optional(),
    province: z.string().optional(),
  })
  .strict()
export type ListTradeEventsType = z.infer<typeof ListTradeEvents>
export const listTradeEventsConfig = listQueryConfig({ limit: 100 })
