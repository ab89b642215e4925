import { Link } from "react-router"
import { formatDate, useT } from "../i18n"
import type { LivePrice } from "../lib/live.server"

/**
 * "Live session price until 21:00 07/12/2026 · <the session>": beside a cart or checkout line priced
 * by a live session's promotion (Medusa drops the price from the cart once the session ends).
 */
export function LivePriceLabel({ price }: { price: LivePrice | null }) {
  const { t, href, lang } = useT()
  if (!price) return null
  return (
    <span className="live-price-label" data-testid="line-live-price">
      <strong>{t("live.cart_price")}</strong>{" "}
      {t("live.cart_price_until", { time: formatDate(price.endsAt, lang, true) })} ·{" "}
      <Link to={href(`/events/${price.handle}`)}>{price.title}</Link>
    </span>
  )
}
