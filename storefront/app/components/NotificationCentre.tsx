import { Form, Link } from "react-router"
import { notificationLabel, notificationText } from "@ocop/reference"
import { formatDate, useT } from "../i18n"
import type { Feed, FeedNotification, Preference, Reader } from "../lib/notifications.server"

const str = (value: unknown) => (typeof value === "string" && value ? encodeURIComponent(value) : null)

/** Where a notification leads the reader, if anywhere. */
function notificationHref(n: FeedNotification, reader: Reader): string | null {
  const d = n.data
  if (reader === "seller") {
    if (n.kind === "seller_order.created" && str(d.id)) return `/seller/orders/${str(d.id)}`
    if (n.kind === "certificate.expiring" && str(d.product_id)) return `/seller/products/${str(d.product_id)}`
    return null
  }
  if ((n.kind === "seller_order.shipped" || n.kind === "seller_order.delivered") && str(d.order_id))
    return `/orders/${str(d.order_id)}`
  if (n.kind === "quote.answered" && str(d.id)) return `/account/quotes/${str(d.id)}`
  if (n.kind === "approval.requested") return "/distributor"
  if (n.kind === "ocop.event_announced" || n.kind === "ocop.event_reminder")
    return str(d.handle) ? `/events/${str(d.handle)}` : null
  return str(d.handle) ? `/products/${str(d.handle)}` : null
}

/**
 * The notification centre of a customer or a seller: its notifications, newest first and paged,
 * each readable one by one or all at once, and the e-mail preferences. Plain forms: no JavaScript.
 */
export function NotificationCentre({
  feed,
  preferences,
  reader,
  path,
}: {
  feed: Feed
  preferences: Preference[]
  reader: Reader
  path: string
}) {
  const { t, href, lang } = useT()
  const older = feed.offset + feed.limit < feed.count ? feed.offset + feed.limit : null
  const newer = feed.offset > 0 ? Math.max(0, feed.offset - feed.limit) : null
  return (
    <>
      <p data-testid="unread-count">{t("notifications.unread", { count: feed.unread })}</p>
      {feed.unread > 0 ? (
        <Form method="post">
          <button type="submit" name="intent" value="read_all" className="button secondary">
            {t("notifications.mark_all_read")}
          </button>
        </Form>
      ) : null}
      {feed.notifications.length ? (
        <ul className="notification-list">
          {feed.notifications.map((n) => {
            const link = notificationHref(n, reader)
            const text = notificationText(n.kind, n.data, lang)
            return (
              <li key={n.id} data-kind={n.kind} data-read={n.read ? "yes" : "no"}>
                <span className="small">{formatDate(n.created_at, lang, true)}</span>{" "}
                {n.read ? null : <strong className="badge">{t("notifications.new")}</strong>}{" "}
                {link ? <Link to={href(link)}>{text}</Link> : text}
                {n.read ? null : (
                  <Form method="post" className="inline">
                    <input type="hidden" name="id" value={n.id} />
                    <button type="submit" name="intent" value="read" className="button secondary">
                      {t("notifications.mark_read")}
                    </button>
                  </Form>
                )}
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{t("notifications.none")}</p>
      )}
      {older !== null || newer !== null ? (
        <nav aria-label={t("notifications.pages")} className="inline-list">
          {newer !== null ? <Link to={href(`${path}?offset=${newer}`)}>{t("notifications.newer")}</Link> : null}{" "}
          {older !== null ? <Link to={href(`${path}?offset=${older}`)}>{t("notifications.older")}</Link> : null}
        </nav>
      ) : null}
      <h2 id="email-preferences">{t("notifications.preferences")}</h2>
      <Form method="post" aria-labelledby="email-preferences">
        <fieldset>
          <legend>{t("notifications.preferences_intro")}</legend>
          {preferences.map((p) => (
            <label key={p.kind} className="checkbox">
              <input type="checkbox" name={`email:${p.kind}`} defaultChecked={p.email} />{" "}
              {notificationLabel(p.kind, lang)}
            </label>
          ))}
        </fieldset>
        <button type="submit" name="intent" value="preferences" className="button">
          {t("notifications.save_preferences")}
        </button>
      </Form>
    </>
  )
}
