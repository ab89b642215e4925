import { useEffect, useState } from "react"
import { useT } from "../i18n"
import { intlLocale, translate, type Lang } from "../i18n"

const SECOND = 1000

function remainingParts(ms: number) {
  const total = Math.max(0, Math.floor(ms / SECOND))
  const pad = (n: number) => String(n).padStart(2, "0")
  return {
    days: Math.floor(total / 86400),
    clock: `${pad(Math.floor((total % 86400) / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`,
  }
}

/**
 * "Kết thúc lúc 17:00 Chủ Nhật, 20 tháng 12, 2026" / "Ends Sunday, December 20, 2026 at 5:00 PM"
 * (Vietnam time): the label is a bare verb because the Vietnamese date-time already starts with "lúc".
 */
export function endsOn(endsAt: string, lang: Lang) {
  const formatted = new Intl.DateTimeFormat(intlLocale(lang), {
    timeZone: "Asia/Ho_Chi_Minh",
    dateStyle: "full",
    timeStyle: "short",
  }).format(new Date(endsAt))
  return { label: translate(lang, "campaign.endsOn"), formatted }
}

/**
 * The end of a campaign: the date (Vietnam time) is in the server's HTML, so the page says when it
 * ends without JavaScript; with JavaScript the time left ticks every second.
 */
export function Countdown({ endsAt }: { endsAt: string }) {
  const { t, lang } = useT()
  const [now, setNow] = useState<number | null>(null)
  useEffect(() => {
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), SECOND)
    return () => clearInterval(timer)
  }, [])
  const end = new Date(endsAt)
  const { label, formatted } = endsOn(endsAt, lang)
  const left = now == null ? null : remainingParts(end.getTime() - now)
  return (
    <p className="countdown">
      {label} <time dateTime={endsAt}>{formatted}</time>
      {left ? (
        <strong className="countdown-left" aria-live="off" data-testid="countdown-left">
          {" · "}
          {t("campaign.left", { days: left.days, clock: left.clock })}
        </strong>
      ) : null}
    </p>
  )
}
