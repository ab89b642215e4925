import { intlLocale, useT } from "../i18n"

const VN = "Asia/Ho_Chi_Minh"

/**
 * An event's start and end in Vietnam time: "Thứ Hai, 23/11/2026 · 15:40–18:40 (giờ Việt Nam)", or
 * both dates when it spans several days. The instants are in <time datetime> for machines.
 */
export function EventWhen({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const { t, lang } = useT()
  const locale = intlLocale(lang)
  // Vietnamese readers write 23/11/2026; English readers get "November 23, 2026".
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: VN,
    weekday: "long",
    day: lang === "en" ? "numeric" : "2-digit",
    month: lang === "en" ? "long" : "2-digit",
    year: "numeric",
  })
  const time = new Intl.DateTimeFormat(locale, { timeZone: VN, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  const sameDay = day.format(start) === day.format(end)
  return (
    <p className="event-when">
      <time dateTime={startsAt}>
        {day.format(start)} · {time.format(start)}
      </time>
      {" – "}
      <time dateTime={endsAt}>{sameDay ? time.format(end) : `${day.format(end)} · ${time.format(end)}`}</time>{" "}
      {t("events.vietnam_time")}
    </p>
  )
}
