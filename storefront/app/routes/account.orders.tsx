import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/account.orders"
import { Money } from "../components/ui"
import { formatDate, langFromPath, useT } from "../i18n"
import { requireCustomer } from "../lib/customer.server"
import { guestOrderCount, requestGuestOrderLinks } from "../lib/guest-orders.server"
import { commitSession } from "../lib/session.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { authHeaders, sdk } from "../lib/medusa.server"
import { namesIn } from "../lib/products.server"
import { Pages } from "../components/Pages"
import { listPage, pageCount } from "../lib/list-page"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("account.orders")

const PAGE_SIZE = 20

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, customer } = await requireCustomer(request, url, lang)
  const guestOrders = guestOrderCount(token)
  const { page, limit, offset } = listPage(url, PAGE_SIZE)
  const { orders, count } = await sdk.store.order.list(
    {
      limit,
      offset,
      order: "-created_at",
      fields: "id,display_id,created_at,status,fulfillment_status,payment_status,total,currency_code,*items",
    },
    authHeaders(token),
  )
  // Names in the page's language (an order keeps the Vietnamese names it was placed with).
  const names = await namesIn(
    lang,
    orders.flatMap((order) => (order.items ?? []).map((item) => item.product_id)),
  )
  return data(
    {
      email: customer.email,
      guestOrders: await guestOrders,
      page,
      pages: pageCount(count, limit),
      orders: orders.map((order) => ({
        id: order.id,
        displayId: order.display_id,
        createdAt: String(order.created_at),
        status: order.status,
        total: Number(order.total ?? 0),
        currency: order.currency_code,
        summary: (order.items ?? [])
          .map((item) => `${names.product(item.product_id, item.product_title ?? item.title)} × ${item.quantity}`)
          .join(", "),
      })),
    },
    { headers: privateNoStore },
  )
}

/** "Add them to my account": a link for each order placed as a guest goes to the account's e-mail. */
export async function action({ request, url }: Route.ActionArgs) {
  const { session, token, customer } = await requireCustomer(request, url, langFromPath(url.pathname))
  await requestGuestOrderLinks(token)
  session.flash("flash", { kind: "success", key: "account.guest_orders.sent", params: { email: customer.email } })
  return redirect(url.pathname, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

export default function Orders({ loaderData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  return (
    <>
      <p>
        <Link to={href("/account")}>← {t("account.title")}</Link>
      </p>
      <h1>{t("account.orders")}</h1>
      {loaderData.guestOrders > 0 ? (
        <section className="notice" aria-labelledby="guest-orders">
          <h2 id="guest-orders">{t("account.guest_orders.title")}</h2>
          <p>{t("account.guest_orders.body", { count: loaderData.guestOrders, email: loaderData.email })}</p>
          <Form method="post">
            <button type="submit" className="button primary">
              {t("account.guest_orders.claim")}
            </button>
          </Form>
        </section>
      ) : null}
      {loaderData.orders.length === 0 ? (
        <p>{t("account.no_orders")}</p>
      ) : (
        <ul className="order-list">
          {loaderData.orders.map((order) => (
            <li key={order.id}>
              <Link to={href(`/orders/${order.id}`)}>
                {t("order.number")} #{order.displayId}
              </Link>{" "}
              · {formatDate(order.createdAt, lang)} · <Money amount={order.total} currency={order.currency} /> ·{" "}
              {t(
                order.status === "canceled"
                  ? "order.status.canceled"
                  : order.status === "completed"
                    ? "order.status.completed"
                    : "order.status.pending",
              )}
              <br />
              <span className="small">{order.summary}</span>
            </li>
          ))}
        </ul>
      )}
      <Pages page={loaderData.page} pages={loaderData.pages} />
    </>
  )
}
