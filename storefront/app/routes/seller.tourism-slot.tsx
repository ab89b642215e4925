import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/seller.tourism-slot"
import { SellerNav } from "../components/SellerNav"
import { Notice } from "../components/ui"
import { formatDate, langFromPath, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { isNotFound } from "../lib/medusa.server"
import { refusalKeys } from "../lib/refusals.server"
import { requireSeller } from "../lib/seller.server"
import { commitSession } from "../lib/session.server"
import { closeSlot, sellerSlot } from "../lib/tourism.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("tourism.seller.bookings")

/** One of the cooperative's dates: who booked it, how many persons, whether they have arrived. */
export async function loader({ request, url, params }: Route.LoaderArgs) {
  const { token, seller } = await requireSeller(request, url, langFromPath(url.pathname))
  try {
    const { slot, bookings } = await sellerSlot(token, params.id)
    return data({ sellerName: seller.legal_name, slot, bookings }, { headers: privateNoStore })
  } catch (error) {
    if (isNotFound(error)) throw data(null, { status: 404 })
    throw error
  }
}

export async function action({ request, url, params }: Route.ActionArgs) {
  const { token, session } = await requireSeller(request, url, langFromPath(url.pathname))
  try {
    await closeSlot(token, params.id)
  } catch (error) {
    return data({ refusal: refusalKeys(error) }, { status: 400, headers: privateNoStore })
  }
  session.flash("flash", { kind: "success", key: "tourism.seller.closed_done" })
  return redirect(url.pathname, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

export default function SellerTourismSlot({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang, href } = useT()
  const { slot, bookings } = loaderData
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("tourism.seller.bookings_of", { date: formatDate(slot.starts_at, lang, true) })}</h1>
      {actionData?.refusal ? <Notice kind="error">{actionData.refusal.map((key) => t(key)).join(" ")}</Notice> : null}
      <dl className="facts">
        <dt>{t("tourism.seller.capacity")}</dt>
        <dd>{slot.capacity}</dd>
        <dt>{t("tourism.seller.booked")}</dt>
        <dd data-testid="slot-booked">{slot.booked}</dd>
        <dt>{t("tourism.seller.left")}</dt>
        <dd>{slot.left}</dd>
        <dt>{t("tourism.seller.state")}</dt>
        <dd>
          {slot.closed ? t("tourism.slot.closed") : slot.left > 0 ? t("tourism.seller.open") : t("tourism.slot.full")}
        </dd>
      </dl>
      {bookings.length ? (
        <table className="data-table" data-testid="slot-bookings">
          <thead>
            <tr>
              <th scope="col">{t("tourism.seller.order")}</th>
              <th scope="col">{t("tourism.seller.email")}</th>
              <th scope="col">{t("tourism.voucher.persons")}</th>
              <th scope="col">{t("tourism.voucher.status")}</th>
            </tr>
          </thead>
          <tbody>
            {bookings.map((booking) => (
              <tr key={booking.id}>
                <td>#{booking.order_display_id}</td>
                <td>{booking.order_email}</td>
                <td>{booking.quantity}</td>
                <td>
                  {booking.status === "cancelled"
                    ? t("tourism.voucher.cancelled")
                    : booking.used_at
                      ? t("tourism.voucher.used", { time: formatDate(booking.used_at, lang, true) })
                      : t("tourism.voucher.valid")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("tourism.seller.no_bookings")}</p>
      )}
      {slot.closed ? null : (
        <Form method="post">
          <button type="submit" className="button secondary">
            {t("tourism.seller.close")}
          </button>
        </Form>
      )}
      <p>
        <Link to={href("/seller/tourism")}>{t("tourism.seller.back")}</Link>
      </p>
    </>
  )
}
