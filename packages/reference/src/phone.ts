/**
 * Vietnamese telephone numbers under the national numbering plan (Decision 798/QĐ-BTTTT, with the
 * 2017–2018 changes): mobiles are 10 digits from 03, 05, 07, 08, 09; landlines 11 digits from 02
 * (the area code, 2x or 2xx, then the subscriber).
 */
export function isVietnameseNationalPhone(national: string) {
  return /^0[35789]\d{8}$/.test(national) || /^02\d{9}$/.test(national)
}

/**
 * Vietnamese phone numbers: mobiles are +84 or 0, then 9 digits starting with 3, 5, 7, 8 or 9;
 * landlines (a cooperative's office) are +84 or 0, then 2, the area code and the subscriber, 10
 * digits in all (024 3825 1234 in Hà Nội, 0214 382 1234 in Lào Cai). Spaces, dots, dashes and
 * brackets are allowed while typing. Returns the number as +84…, or null.
 */
export function normalizeVietnamesePhone(input: unknown): string | null {
  if (typeof input !== "string") return null
  const compact = input.replace(/[\s.\-()]/g, "")
  const match = /^(?:\+84|0)(\d{9,10})$/.exec(compact)
  return match && isVietnameseNationalPhone(`0${match[1]}`) ? `+84${match[1]}` : null
}

/** Area codes of two digits (Hà Nội 24, Hồ Chí Minh City 28); every other province has three. */
const TWO_DIGIT_AREA_CODES = ["24", "28"]

/** Shows +84912345678 as 0912 345 678 and +842438251234 as 024 3825 1234, the way Vietnamese people write them. */
export function formatVietnamesePhone(phone: string | null | undefined) {
  const normalized = normalizeVietnamesePhone(phone ?? "")
  if (!normalized) return phone ?? ""
  const local = `0${normalized.slice(3)}`
  if (local.startsWith("02")) {
    const area = TWO_DIGIT_AREA_CODES.includes(local.slice(1, 3)) ? 3 : 4
    const subscriber = local.slice(area)
    return area === 3
      ? `${local.slice(0, 3)} ${subscriber.slice(0, 4)} ${subscriber.slice(4)}`
      : `${local.slice(0, 4)} ${subscriber.slice(0, 3)} ${subscriber.slice(3)}`
  }
  return `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`
}
