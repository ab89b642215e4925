import { intlLocale, useT } from "../i18n"

/** An event's start and end in Vietnam time ("Thứ Bảy, 5 tháng 12, 2026 lúc 19:00 – 21:00"). */
export function EventWhen({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const { t, lang } = useT()
  const format = new Intl.DateTimeFormat(intlLocale(lang), { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "full", timeStyle: "short" })
  return (
    <p className="event-when">
      <time dateTime={startsAt}>{format.format(new Date(startsAt))}</time>
      {" – "}
      <time dateTime={endsAt}>{format.format(new Date(endsAt))}</time>
      {` ${t("events.vietnam_time")}`}
    </p>
  )
}
