import { useEffect, useState } from "react"
import { useT } from "../i18n"
import { intlLocale } from "../i18n"

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
  const formatted = new Intl.DateTimeFormat(intlLocale(lang), {
    timeZone: "Asia/Ho_Chi_Minh",
    dateStyle: "full",
    timeStyle: "short",
  }).format(end)
  const left = now == null ? null : remainingParts(end.getTime() - now)
  return (
    <p className="countdown">
      {t("campaign.endsOn")} <time dateTime={endsAt}>{formatted}</time>
      {left ? (
        <strong className="countdown-left" aria-live="off" data-testid="countdown-left">
          {" · "}
          {t("campaign.left", { days: left.days, clock: left.clock })}
        </strong>
      ) : null}
    </p>
  )
}
