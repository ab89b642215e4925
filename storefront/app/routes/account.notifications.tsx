import { data, Form, Link } from "react-router"
import type { Route } from "./+types/account.notifications"
import { langFromPath, useT } from "../i18n"
import { findProvince } from "@ocop/reference"
import { requireCustomer } from "../lib/customer.server"
import { NotificationCentre } from "../components/NotificationCentre"
import { listFollows } from "../lib/follows.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { notificationFormAction } from "../lib/notification-form.server"
import { listFeed, readPreferences } from "../lib/notifications.server"
import { pageOffset } from "../lib/notifications"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("notifications.title")

/**
 * The signed-in customer's notification centre (orders, quotes, approvals, reviews, returns,
 * messages, followed producers and events), e-mail preferences and follows: only their own (the
 * API answers with the customer's token).
 */
export async function loader({ request, url }: Route.LoaderArgs) {
  const { token } = await requireCustomer(request, url, langFromPath(url.pathname))
  const [feed, preferences, follows] = await Promise.all([
    listFeed("customer", token, pageOffset(url)),
    readPreferences("customer", token),
    listFollows(token),
  ])
  return data({ feed, preferences, follows }, { headers: privateNoStore })
}

/** Mark read (one or all) and save the e-mail preferences. */
export async function action({ request, url }: Route.ActionArgs) {
  const { session, token } = await requireCustomer(request, url, langFromPath(url.pathname))
  return notificationFormAction(
    request,
    session,
    "customer",
    token,
    await request.formData(),
    url.pathname + url.search,
  )
}

export default function Notifications({ loaderData }: Route.ComponentProps) {
  const { t, href } = useT()
  return (
    <>
      <p>
        <Link to={href("/account")}>← {t("account.title")}</Link>
      </p>
      <h1>{t("notifications.title")}</h1>
      <NotificationCentre
        feed={loaderData.feed}
        preferences={loaderData.preferences}
        reader="customer"
        path="/account/notifications"
      />
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
