import { useEffect, useState } from "react"
import { useT } from "../i18n"
import { timeParts } from "../lib/live"

const pad = (n: number) => String(n).padStart(2, "0")

/**
 * Time left before a live session starts or ends. Rendered on the server from the server's clock
 * (`now`), so it reads right without JavaScript; with JavaScript it ticks every second from the
 * browser's clock. `role="timer"` keeps screen readers from announcing every tick.
 */
export function LiveCountdown({ startsAt, endsAt, now }: { startsAt: string; endsAt: string; now: string }) {
  const { t } = useT()
  const [at, setAt] = useState(() => new Date(now).getTime())
  useEffect(() => {
    setAt(Date.now())
    const timer = setInterval(() => setAt(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const start = new Date(startsAt).getTime()
  const end = new Date(endsAt).getTime()
  if (at >= end) {
    return (
      <p className="live-countdown ended" data-testid="live-countdown">
        {t("live.countdown.ended")}
      </p>
    )
  }
  const target = at < start ? start : end
  const { days, hours, minutes, seconds } = timeParts(target - at)
  return (
    <p className="live-countdown" data-testid="live-countdown">
      {t(at < start ? "live.countdown.starts_in" : "live.countdown.ends_in")}{" "}
      <time role="timer" dateTime={`P${days}DT${hours}H${minutes}M${seconds}S`}>
        {days ? `${t("live.countdown.days", { count: days })} ` : ""}
        {pad(hours)}:{pad(minutes)}:{pad(seconds)}
      </time>
    </p>
  )
}
