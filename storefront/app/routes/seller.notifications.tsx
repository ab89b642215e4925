import { data } from "react-router"
import type { Route } from "./+types/seller.notifications"
import { NotificationCentre } from "../components/NotificationCentre"
import { SellerNav } from "../components/SellerNav"
import { langFromPath, translate, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { notificationFormAction } from "../lib/notification-form.server"
import { listFeed, readPreferences } from "../lib/notifications.server"
import { pageOffset } from "../lib/notifications"
import { requireSeller } from "../lib/seller.server"

export const headers = cacheHeaders

export function meta({ location }: Route.MetaArgs) {
  const lang = langFromPath(location.pathname)
  return [
    { title: `${translate(lang, "notifications.title")} — ${translate(lang, "seller.portal")}` },
    { name: "robots", content: "noindex" },
  ]
}

/**
 * The seller's notifications (new orders, returns, messages, expiring certificates), which every
 * member sees, and the signed-in member's own e-mail preferences.
 */
export async function loader({ request, url }: Route.LoaderArgs) {
  const { token, seller } = await requireSeller(request, url, langFromPath(url.pathname))
  const [feed, preferences] = await Promise.all([
    listFeed("seller", token, pageOffset(url)),
    readPreferences("seller", token),
  ])
  return data({ sellerName: seller.legal_name, feed, preferences }, { headers: privateNoStore })
}

/** Mark read (one or all) and save the member's e-mail preferences. */
export async function action({ request, url }: Route.ActionArgs) {
  const { session, token } = await requireSeller(request, url, langFromPath(url.pathname))
  return notificationFormAction(request, session, "seller", token, await request.formData(), url.pathname + url.search)
}

export default function SellerNotifications({ loaderData }: Route.ComponentProps) {
  const { t } = useT()
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("notifications.title")}</h1>
      <NotificationCentre
        feed={loaderData.feed}
        preferences={loaderData.preferences}
        reader="seller"
        path="/seller/notifications"
      />
    </>
  )
}
