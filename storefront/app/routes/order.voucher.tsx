import { data, Link } from "react-router"
import type { Route } from "./+types/order.voucher"
import { formatDate, langFromPath, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { getSession } from "../lib/session.server"
import { orderVoucher, voucherAccess } from "../lib/tourism.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("tourism.voucher.title")

/**
 * The booking vouchers of an order (community tourism): one per booked date, with its QR code and
 * code for the cooperative's check-in at arrival. Same access as the order page: the signed-in
 * buyer, or the guest's secret (remembered by this browser, or `?token=` from the secret link).
 */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const session = await getSession(request)
  const accessToken = url.searchParams.get("token") ?? session.get("orderTokens")?.[params.id] ?? null
  const voucher = await orderVoucher(params.id, voucherAccess(session.get("token"), accessToken))
  if (!voucher) throw data(null, { status: 404 })
  const english = langFromPath(url.pathname) === "en"
  return data(
    {
      orderId: voucher.order_id,
      displayId: voucher.display_id,
      token: url.searchParams.get("token"),
      bookings: voucher.bookings.map((b) => ({
        id: b.id,
        title: (english && b.product_title_en) || b.product_title || "",
        variant: (english && b.variant_title_en) || b.variant_title,
        startsAt: b.starts_at,
        persons: b.quantity,
        status: b.status,
        usedAt: b.used_at,
        code: b.code,
        // bwip-js SVG from the backend, shown as an image (never injected as markup).
        qr: `data:image/svg+xml;base64,${Buffer.from(b.qr_svg).toString("base64")}`,
      })),
    },
    { headers: privateNoStore },
  )
}

export default function OrderVoucher({ loaderData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const back = `${href(`/orders/${loaderData.orderId}`)}${loaderData.token ? `?token=${encodeURIComponent(loaderData.token)}` : ""}`
  return (
    <>
      <h1>{t("tourism.voucher.title")}</h1>
      <p>{t("tourism.voucher.order", { id: loaderData.displayId })}</p>
      <p>{t("tourism.voucher.intro")}</p>
      {loaderData.bookings.map((booking) => (
        <section key={booking.id} className="voucher" data-testid="voucher" aria-labelledby={`voucher-${booking.id}`}>
          <h2 id={`voucher-${booking.id}`}>
            {booking.title}
            {booking.variant ? ` · ${booking.variant}` : ""}
          </h2>
          <img
            src={booking.qr}
            alt={t("tourism.voucher.qr_alt", { title: booking.title })}
            width={220}
            height={220}
            className="voucher-qr"
          />
          <dl className="facts">
            <dt>{t("tourism.voucher.when")}</dt>
            <dd>{formatDate(booking.startsAt, lang, true)}</dd>
            <dt>{t("tourism.voucher.persons")}</dt>
            <dd>{booking.persons}</dd>
            <dt>{t("tourism.voucher.code")}</dt>
            <dd>
              <code data-testid="voucher-code">{booking.code}</code>
            </dd>
            <dt>{t("tourism.voucher.status")}</dt>
            <dd data-testid="voucher-status">
              {booking.status === "cancelled"
                ? t("tourism.voucher.cancelled")
                : booking.usedAt
                  ? t("tourism.voucher.used", { time: formatDate(booking.usedAt, lang, true) })
                  : t("tourism.voucher.valid")}
            </dd>
          </dl>
        </section>
      ))}
      <p>
        <Link to={back}>{t("tourism.voucher.back")}</Link>
      </p>
    </>
  )
}
