import { z } from "@medusajs/framework/zod"
import { currentProvinceFor } from "@ocop/reference"
import { TRADE_EVENT_KINDS } from "../../../../modules/trade-event"
import { isHttpsUrl } from "../../../../lib/media-urls"

const fields = {
  handle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle: lowercase letters, digits and hyphens (it is the event page's address)"),
  title: z.string().trim().min(2, "title: at least 2 characters").max(200),
  description: z.string().trim().max(10_000).nullish(),
  kind: z.enum(TRADE_EVENT_KINDS),
  // Times carry their zone ("2026-12-05T19:00:00+07:00"); a time without one is refused.
  starts_at: z.string().datetime({ offset: true, message: "starts_at: a date and time with its zone, e.g. 2026-12-05T19:00:00+07:00" }).pipe(z.coerce.date()),
  ends_at: z.string().datetime({ offset: true, message: "ends_at: a date and time with its zone, e.g. 2026-12-05T21:00:00+07:00" }).pipe(z.coerce.date()),
  place: z.string().trim().max(500).nullish(),
  stream_url: z.string().trim().refine(isHttpsUrl, "stream_url: an https link to the live stream").nullish(),
  province: z
    .string()
    .transform((name, ctx) => {
      const current = currentProvinceFor(name)
      if (!current) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `province: "${name}" is not one of the 34 provinces` })
      return current ?? name
    })
    .nullish(),
  producer_ids: z.array(z.string().min(1)).max(200),
  product_ids: z.array(z.string().min(1)).max(100),
}

function endAfterStart(body: { starts_at?: Date; ends_at?: Date }, ctx: z.RefinementCtx) {
  if (body.starts_at && body.ends_at && body.ends_at <= body.starts_at) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["ends_at"], message: "ends_at: the event must end after it starts" })
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

/** GET /admin/ocop/events and GET /store/ocop/events: events ending after `from` and starting before `to`. */
export const ListTradeEvents = z
  .object({
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    kind: z.enum(TRADE_EVENT_KINDS).optional(),
    province: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
  })
  .strict()
export type ListTradeEventsType = z.infer<typeof ListTradeEvents>
