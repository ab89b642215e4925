/**
 * How an interface language writes numbers and times: Vietnamese, else British English (day
 * before month, as Vietnamese readers expect). `lang` is a language tag ("vi", "vi-VN", "en").
 */
export const localeOf = (lang: string) => (lang.startsWith("vi") ? "vi-VN" : "en-GB")

const formatters = new Map<string, Intl.DateTimeFormat>()

const DAY = { day: "2-digit", month: "2-digit", year: "numeric" } as const
const MINUTE = { ...DAY, hour: "2-digit", minute: "2-digit" } as const

function inVietnam(
  instant: string | Date | null | undefined,
  lang: string,
  fields: Intl.DateTimeFormatOptions,
  kind: string,
) {
  const date = instant instanceof Date ? instant : instant ? new Date(instant) : null
  if (!date || Number.isNaN(date.getTime())) return "—"
  const locale = localeOf(lang)
  let formatter = formatters.get(`${kind} ${locale}`)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...fields, timeZone: "Asia/Ho_Chi_Minh" })
    formatters.set(`${kind} ${locale}`, formatter)
  }
  return formatter.format(date)
}

/**
 * An instant as the operators read it, in Vietnam time whatever the browser's time zone, with
 * the date and the minute written as the reader's language writes them: "09:30 15/07/2025" in
 * Vietnamese, "15/07/2025, 09:30" in English. "—" for no instant or one that cannot be read.
 */
export function vietnamTime(instant: string | Date | null | undefined, lang: string) {
  return inVietnam(instant, lang, MINUTE, "minute")
}

/** The day of an instant in Vietnam, as `vietnamTime` writes it without the time: "15/07/2025". */
export function vietnamDay(instant: string | Date | null | undefined, lang: string) {
  return inVietnam(instant, lang, DAY, "day")
}
