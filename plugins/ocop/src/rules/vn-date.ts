/**
 * Calendar dates in Asia/Ho_Chi_Minh. Pure TypeScript.
 *
 * Vietnam has kept UTC+07:00 without daylight saving since 1975, so a fixed offset is exact for
 * every OCOP decision (the programme started in 2018) and needs no time-zone database in the browser.
 * A "VnDate" is a string `YYYY-MM-DD` naming a day in Vietnam.
 */

export type VnDate = string

export const VN_UTC_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/

function pad(value: number, width = 2) {
  return String(value).padStart(width, "0")
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function isRealDate(year: number, month: number, day: number) {
  return year >= 1900 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** The day in Vietnam at an instant. */
export function vnDateOf(instant: Date): VnDate {
  const shifted = new Date(instant.getTime() + VN_UTC_OFFSET_MS)
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`
}

/** The instant a day starts in Vietnam (00:00 +07:00). */
export function vnDateStart(date: VnDate): Date {
  const match = DATE_ONLY.exec(date)
  if (!match) throw new RangeError(`not a date YYYY-MM-DD: ${date}`)
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - VN_UTC_OFFSET_MS)
}

/**
 * Reads a date given as `YYYY-MM-DD` (a day in Vietnam), as an ISO date-time (with `Z` or an
 * offset: converted to the day in Vietnam at that instant; without an offset: Vietnamese wall
 * clock), or as a Date. Returns null when it is not a real date.
 */
export function parseVnDate(input: unknown): VnDate | null {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : vnDateOf(input)
  if (typeof input !== "string") return null
  const value = input.trim()
  const dateOnly = DATE_ONLY.exec(value)
  if (dateOnly) {
    const [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])]
    return isRealDate(year, month, day) ? value : null
  }
  const dateTime = DATE_TIME.exec(value)
  if (!dateTime) return null
  const [year, month, day] = [Number(dateTime[1]), Number(dateTime[2]), Number(dateTime[3])]
  if (!isRealDate(year, month, day) || Number(dateTime[4]) > 23 || Number(dateTime[5]) > 59) return null
  if (!dateTime[7]) return `${dateTime[1]}-${dateTime[2]}-${dateTime[3]}`
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? null : vnDateOf(instant)
}

/**
 * Adds calendar months; when the target month has no such day (29 Feb in a common year, the 31st
 * of a 30-day month) the result is the last day of that month (Civil Code 2015, art. 147).
 */
export function addMonths(date: VnDate, months: number): VnDate {
  const match = DATE_ONLY.exec(date)
  if (!match) throw new RangeError(`not a date YYYY-MM-DD: ${date}`)
  const monthIndex = Number(match[1]) * 12 + (Number(match[2]) - 1) + months
  const year = Math.floor(monthIndex / 12)
  const month = (monthIndex % 12) + 1
  const day = Math.min(Number(match[3]), daysInMonth(year, month))
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

export function addDays(date: VnDate, days: number): VnDate {
  return vnDateOf(new Date(vnDateStart(date).getTime() + days * DAY_MS))
}

/** Whole days from `from` to `to` (both days in Vietnam). */
export function daysBetween(from: VnDate, to: VnDate): number {
  return Math.round((vnDateStart(to).getTime() - vnDateStart(from).getTime()) / DAY_MS)
}
