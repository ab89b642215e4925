import { z } from "@medusajs/framework/zod"

/** A slot: a service variant, a local date and start time in Vietnam (Asia/Ho_Chi_Minh), persons. */
export const SellerCreateTourismSlot = z
  .object({
    variant_id: z.string().min(1).max(100),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD"),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time as HH:MM"),
    capacity: z.coerce.number().int().min(1).max(10_000),
  })
  .strict()
  .refine(
    (v) =>
      !Number.isNaN(new Date(`${v.date}T00:00:00Z`).getTime()) &&
      new Date(`${v.date}T00:00:00Z`).toISOString().startsWith(v.date),
    {
      message: "a real calendar date",
      path: ["date"],
    },
  )
export type SellerCreateTourismSlotType = z.infer<typeof SellerCreateTourismSlot>

export const SellerCheckIn = z.object({ code: z.string().trim().min(1).max(200) }).strict()
export type SellerCheckInType = z.infer<typeof SellerCheckIn>
