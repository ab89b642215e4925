import { data, Link } from "react-router"
import type { Route } from "./+types/order"
import { Money } from "../components/ui"
import { formatDate, langFromPath, translate, useT } from "../i18n"
import { getProductsById } from "../lib/catalog.server"
import { getCustomer } from "../lib/customer.server"
import type { ProductSummary } from "../lib/products"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { isNotFound, sdk } from "../lib/medusa.server"
import { COD_PROVIDER, STRIPE_PROVIDER } from "../lib/payment"
import { getSession } from "../lib/session.server"
import { formatVietnamesePhone, joinVietnameseName } from "../lib/validation"

export const headers = cacheHeaders

export function meta({ location }: Route.MetaArgs) {
  const lang = langFromPath(location.pathname)
  return [
    { title: `${translate(lang, "order.title")} — ${translate(lang, "site.name")}` },
    { name: "robots", content: "noindex" },
  ]
}

const ORDER_FIELDS =
  "id,display_id,email,created_at,status,payment_status,fulfillment_status,currency_code,total,subtotal,item_total,shipping_total,tax_total,customer_id,metadata," +
  "*items,*shipping_address,*shipping_methods,*payment_collections.payment_sessions"

/**
 * The order confirmation: shown to the browser that placed the order (its session remembers
 * the id) or to the signed-in customer it belongs to; to nobody else.
 */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const session = await getSession(request)
  const customer = await getCustomer(session)
  const placedHere = (session.get("orders") ?? []).includes(params.id)
  let order
  try {
    order = (await sdk.store.order.retrieve(params.id, { fields: ORDER_FIELDS })).order
  } catch (error) {
    if (isNotFound(error)) throw data(null, { status: 404 })
    throw error
  }
  if (!placedHere && !(customer && order.customer_id === customer.id)) throw data(null, { status: 404 })
  const address = order.shipping_address
  // Names in the page's language (the order keeps the Vietnamese names it was placed with).
  const productIds = [
    ...new Set((order.items ?? []).map((item) => item.product_id).filter((id): id is string => Boolean(id))),
  ]
  const current =
    lang === "en" ? await getProductsById(productIds).catch(() => new Map<string, ProductSummary>()) : null
  const english = (productId: string | null | undefined) => (productId ? current?.get(productId) : undefined)
  return data(
    {
      order: {
        id: order.id,
        displayId: order.display_id,
        email: order.email,
        createdAt: String(order.created_at),
        currency: order.currency_code,
        itemTotal: Number(order.item_total ?? 0),
        shippingTotal: Number(order.shipping_total ?? 0),
        total: Number(order.total ?? 0),
        status: order.status,
        items: (order.items ?? []).map((item) => ({
          id: item.id,
          title: english(item.product_id)?.titleEn ?? item.product_title ?? item.title,
          variant:
            english(item.product_id)?.variants.find((v) => v.id === item.variant_id)?.titleEn ?? item.variant_title,
          handle: item.product_handle,
          quantity: item.quantity,
          total: Number(item.total ?? 0),
        })),
        shipping: (order.shipping_methods ?? []).map((m) => m.name).join(", "),
        address: address
          ? {
              name: joinVietnameseName(address),
              phone: formatVietnamesePhone(address.phone),
              lines: [address.address_1, address.city, address.province].filter(Boolean).join(", "),
            }
          : null,
        cod: (order.payment_collections ?? []).some((pc) =>
          (pc.payment_sessions ?? []).some((s) => s.provider_id === COD_PROVIDER),
        ),
        cardPaid:
          (order.payment_status === "captured" || order.payment_status === "authorized") &&
          (order.payment_collections ?? []).some((pc) =>
            (pc.payment_sessions ?? []).some((s) => s.provider_id === STRIPE_PROVIDER),
          ),
      },
      signedIn: Boolean(customer),
    },
    { headers: privateNoStore },
  )
}

export default function Order({ loaderData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const { order } = loaderData
  return (
    <article className="order-page">
      <h1>{t("order.thanks")}</h1>
      <p className="order-number">
        {t("order.number")}: <strong data-testid="order-number">#{order.displayId}</strong>
      </p>
      <p>{t("order.placed_at", { date: formatDate(order.createdAt, lang, true) })}</p>
      {order.cod ? (
        <p className="notice info">
          {t("order.cod_pay")}{" "}
          <strong>
            <Money amount={order.total} currency={order.currency} />
          </strong>
        </p>
      ) : null}
      {order.cardPaid ? (
        <p className="notice success">
          {t("order.card_paid")}{" "}
          <strong>
            <Money amount={order.total} currency={order.currency} />
          </strong>
        </p>
      ) : null}
      <p>{t("order.email_sent", { email: order.email ?? "" })}</p>

      <h2>{t("order.items")}</h2>
      <ul className="summary-lines">
        {order.items.map((item) => (
          <li key={item.id}>
            <span className="summary-title">
              {item.handle ? <Link to={href(`/products/${item.handle}`)}>{item.title}</Link> : item.title}
              {item.variant ? ` · ${item.variant}` : ""} × {item.quantity}
            </span>
            <span className="summary-price">
              <Money amount={item.total} currency={order.currency} />
            </span>
          </li>
        ))}
      </ul>
      <dl className="totals">
        <dt>{t("cart.subtotal", { count: order.items.reduce((s, i) => s + i.quantity, 0) })}</dt>
        <dd>
          <Money amount={order.itemTotal} currency={order.currency} />
        </dd>
        <dt>{t("checkout.shipping_fee")}</dt>
        <dd>
          {order.shippingTotal ? <Money amount={order.shippingTotal} currency={order.currency} /> : t("shipping.free")}
        </dd>
        <dt className="grand">{t("checkout.total")}</dt>
        <dd className="grand">
          <Money amount={order.total} currency={order.currency} />
        </dd>
      </dl>
      {order.address ? (
        <>
          <h2>{t("order.delivery")}</h2>
          <p>
            {order.shipping}
            <br />
            {order.address.name} · {order.address.phone}
            <br />
            {order.address.lines}
          </p>
        </>
      ) : null}
      <p>
        <Link to={href("/products")} className="button">
          {t("cart.continue")}
        </Link>{" "}
        {loaderData.signedIn ? (
          <Link to={href("/account/orders")}>{t("account.orders")}</Link>
        ) : (
          <Link to={href("/account/register")}>{t("order.create_account")}</Link>
        )}
      </p>
    </article>
  )
}
