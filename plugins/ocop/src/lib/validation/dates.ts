import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "./field-message"

/**
 * Dates a request may carry: a real calendar date between 1900 and 2200. A year-9999 date or
 * "2025-02-30" is a 400 naming the field, not a database error or a silently shifted day.
 */
export const EARLIEST_DATE = new Date("1900-01-01T00:00:00Z")
export const LATEST_DATE = new Date("2200-01-01T00:00:00Z")

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const INSTANT_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

export function isSaneDate(date: Date): boolean {
  return !Number.isNaN(date.getTime()) && date >= EARLIEST_DATE && date < LATEST_DATE
}

/** A calendar day "YYYY-MM-DD" that exists (no 30 February). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value)
  if (!match) return false
  const date = new Date(`${value}T00:00:00Z`)
  return isSaneDate(date) && date.toISOString().slice(0, 10) === value
}

/** An instant with its zone ("2026-12-05T19:00:00+07:00"), or a day when `allowDay`. */
export function isInstantOrDay(value: string, allowDay = true): boolean {
  if (allowDay && DAY.test(value)) return isCalendarDay(value)
  if (!INSTANT_WITH_ZONE.test(value) || !isCalendarDay(value.slice(0, 10))) return false
  return isSaneDate(new Date(value))
}

/** A day "YYYY-MM-DD", kept as the string. */
export function calendarDay(message = "a date such as 2025-08-15") {
  return z.string().trim().refine(isCalendarDay, fieldMessage(message))
}

/** A day or an instant with its zone, kept as the string. */
export function dateText(
  message = "a date (2025-08-15) or a time with its zone (2025-08-15T07:30:00+07:00), between 1900 and 2200",
) {
  return z
    .string()
    .trim()
    .refine((value) => isInstantOrDay(value), fieldMessage(message))
}

/** A day or an instant with its zone, as a Date. */
export function saneDate(message?: string) {
  return dateText(message).transform((value) => new Date(value))
}

/** A query/body date coerced the lenient way (Date or any string Date parses), then bounded. */
export function coercedDate(message = "a date between 1900 and 2200") {
  return z.coerce.date({ error: message }).refine(isSaneDate, fieldMessage(message))
}

/**
 * A date string whose format a domain rule checks (decision dates, lot dates, event times): here
 * only bounded — at most 40 characters, no control characters, and a year from 1900 to 2199.
 */
export function boundedDateText(message = "a date between 1900 and 2200, such as 2025-08-15") {
  return z
    .string()
    .trim()
    .max(40, message)
    .refine((value) => {
      const year = /^(\d{4})-\d{2}-\d{2}/.exec(value)?.[1]
      return (
        year !== undefined &&
        Number(year) >= EARLIEST_DATE.getUTCFullYear() &&
        Number(year) < LATEST_DATE.getUTCFullYear()
      )
    }, fieldMessage(message))
}
