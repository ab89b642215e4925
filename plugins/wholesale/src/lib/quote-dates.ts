import { addDays, parseVnDate, vnDateOf, vnDateStart, type VnDate } from "@ocop/plugin-ocop/rules"
import { invalid } from "@ocop/plugin-ocop/errors"

/** A quote is valid through the whole of its last day in Vietnam: until 23:59:59.999 +07:00. */
export function validThrough(date: VnDate): Date {
  return new Date(vnDateStart(addDays(date, 1)).getTime() - 1)
}

/** The last day of validity a seller gives: a real date, today or later in Vietnam (400 naming valid_until otherwise). */
export function parseValidUntil(input: unknown, now: Date): Date {
  const date = parseVnDate(input)
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(String(input)))
    throw invalid("valid_until", "date", `"${input}" is not a date YYYY-MM-DD`)
  if (date < vnDateOf(now))
    throw invalid(
      "valid_until",
      "future",
      `${date} is in the past: the quote must be valid today or later (Vietnam time)`,
    )
  return validThrough(date)
}

export function isExpired(quote: { valid_until?: Date | string | null }, now: Date): boolean {
  return !!quote.valid_until && new Date(quote.valid_until).getTime() < now.getTime()
}

/** The delivery day a seller promises: a real date, today or later in Vietnam; stored as that day's start. */
export function parseDeliveryDate(input: unknown, now: Date): Date {
  const date = parseVnDate(input)
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(String(input)))
    throw invalid("delivery_date", "date", `"${input}" is not a date YYYY-MM-DD`)
  if (date < vnDateOf(now))
    throw invalid("delivery_date", "future", `${date} is in the past: promise delivery today or later (Vietnam time)`)
  return vnDateStart(date)
}
