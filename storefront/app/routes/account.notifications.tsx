import { data, Form, Link } from "react-router"
import type { Route } from "./+types/account.notifications"
import { formatDate, langFromPath, useT } from "../i18n"
import { findProvince } from "@ocop/reference"
import { requireCustomer } from "../lib/customer.server"
import { listFollows, listNotifications, type CustomerNotification } from "../lib/follows.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("notifications.title")

/** The signed-in customer's notifications and follows (only their own: the API answers with the customer's token). */
export async function loader({ request, url }: Route.LoaderArgs) {
  const { token } = await requireCustomer(request, url, langFromPath(url.pathname))
  const [notifications, follows] = await Promise.all([listNotifications(token), listFollows(token)])
  return data({ notifications, follows }, { headers: privateNoStore })
}

function notificationLink(n: CustomerNotification) {
  if (!n.data.handle) return null
  return n.resource_type === "product" ? `/products/${n.data.handle}` : `/events/${n.data.handle}`
}

export default function Notifications({ loaderData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const text = (n: CustomerNotification) => {
    const params = { title: n.data.title ?? "", date: formatDate(n.data.starts_at, lang, true) }
    if (n.template === "ocop.product_published") return t("notifications.product_published", params)
    if (n.template === "ocop.event_reminder") return t("notifications.event_reminder", params)
    return t("notifications.event_announced", params)
  }
  return (
    <>
      <p>
        <Link to={href("/account")}>← {t("account.title")}</Link>
      </p>
      <h1>{t("notifications.title")}</h1>
      {loaderData.notifications.length ? (
        <ul className="notification-list">
          {loaderData.notifications.map((n) => {
            const link = notificationLink(n)
            return (
              <li key={n.id} data-template={n.template}>
                <span className="small">{formatDate(n.created_at, lang, true)}</span>{" "}
                {link ? <Link to={href(link)}>{text(n)}</Link> : text(n)}
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{t("notifications.none")}</p>
      )}
      <h2>{t("notifications.following")}</h2>
      {loaderData.follows.length ? (
        <ul className="follow-list">
          {loaderData.follows.map((f) => (
            <li key={f.id}>
              {t(`follow.kind_${f.target_type}`)}:{" "}
              {f.target_type === "province" && findProvince(f.target_id) ? (
                <Link to={href(`/provinces/${findProvince(f.target_id)!.slug}`)}>{f.label}</Link>
              ) : (
                f.label
              )}
              <Form method="post" action={href("/follow")} className="follow-form inline">
                <input type="hidden" name="follow_id" value={f.id} />
                <input type="hidden" name="return_to" value={href("/account/notifications")} />
                <button type="submit" name="intent" value="unfollow" className="button secondary">
                  {t("follow.unfollow")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("notifications.no_follows")}</p>
      )}
    </>
  )
}
