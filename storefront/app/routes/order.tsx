import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/order"
import { Money, Notice } from "../components/ui"
import { formatDate, langFromPath, translate, useT } from "../i18n"
import { namesIn } from "../lib/products.server"
import { isPickupName, pickupPoints, shippingCode } from "../lib/checkout.server"
import { getCustomer } from "../lib/customer.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { refusalText } from "../lib/refusals.server"
import { authHeaders, isNotFound, sdk } from "../lib/medusa.server"
import { BANK_TRANSFER_PROVIDER, COD_PROVIDER, STRIPE_PROVIDER } from "../lib/payment"
import type { BankTransfer } from "@ocop/reference"
import { orderPayment } from "../lib/wholesale.server"
import { getSession } from "../lib/session.server"
import { OrderReturns } from "../components/OrderReturns"
import { orderReturns } from "../lib/returns.server"
import { customerReviews, submitReview, updateReview } from "../lib/reviews.server"
import { ReviewForm } from "../components/ReviewForm"
import { formatVietnamesePhone, joinVietnameseName } from "../lib/validation"
import { privatePageMeta } from "../lib/seo"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export const meta = privatePageMeta("order.title")

const ORDER_FIELDS =
  "id,display_id,email,created_at,status,payment_status,fulfillment_status,currency_code,total,subtotal,item_total,shipping_total,tax_total,customer_id,metadata," +
  "*items,*shipping_address,*shipping_methods,*payment_collections.payment_sessions"

/**
 * The order confirmation: the backend shows an order only to the signed-in customer it belongs
 * to, or, for a guest's order, with its access token: remembered by the browser that placed it, or
 * in the secret link (`?token=`) the confirmation gives, which works in any browser.
 */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const session = await getSession(request)
  const customer = await getCustomer(session)
  const accessToken = url.searchParams.get("token") ?? session.get("orderTokens")?.[params.id] ?? null
  const access = { ...authHeaders(session.get("token")), ...(accessToken ? { "x-order-token": accessToken } : {}) }
  let order
  try {
    order = (await sdk.store.order.retrieve(params.id, { fields: ORDER_FIELDS }, access)).order
  } catch (error) {
    if (isNotFound(error)) throw data(null, { status: 404 })
    throw error
  }
  // A guest's order: the link that shows it again (to keep, or to open on another device)
  const secretLink =
    accessToken && !(customer && order.customer_id === customer.id)
      ? `${url.origin}${url.pathname}?token=${encodeURIComponent(accessToken)}`
      : null
  const address = order.shipping_address
  // Names in the page's language (the order keeps the Vietnamese names it was placed with).
  const productIds = [
    ...new Set((order.items ?? []).map((item) => item.product_id).filter((id): id is string => Boolean(id))),
  ]
  const names = await namesIn(lang, productIds)
  const byTransfer = (order.payment_collections ?? []).some((pc) =>
    (pc.payment_sessions ?? []).some((s) => s.provider_id === BANK_TRANSFER_PROVIDER),
  )
  const payment = byTransfer || order.metadata?.vat_invoice ? await orderPayment(order.id, access) : null
  // Picked up at the cooperative: the producers of its products, where the buyer collects it.
  const pickup = (order.shipping_methods ?? []).some((method) => isPickupName(method.name))
    ? (await pickupPoints(productIds).catch(() => [])).map(({ producer, address, province }) => ({
        producer,
        address,
        province,
      }))
    : null
  // The signed-in owner follows each seller's part (status, tracking, receipt) and prints its documents.
  const token = session.get("token")
  const parts =
    customer && token && order.customer_id === customer.id
      ? await sdk.client
          .fetch<{ shipments: OrderPart[] }>(`/store/ocop/orders/${order.id}/shipments`, {
            headers: authHeaders(token),
          })
          .then((r) => r.shipments)
          .catch(() => [])
      : []
  // Returns of each seller's part, their lines named in the page's language: the page still shows without them.
  const itemOf = new Map((order.items ?? []).map((item) => [item.id, item]))
  const named = <L extends { title: string; variant_title: string | null }>(line: L, itemId: string): L => {
    const item = itemOf.get(itemId)
    return {
      ...line,
      title: names.product(item?.product_id, line.title),
      variant_title: names.variant(item?.product_id, item?.variant_id, line.variant_title),
    }
  }
  const returns = await orderReturns(order.id, access)
    .then((found) => ({
      ...found,
      parts: found.parts.map((part) => ({ ...part, items: part.items.map((item) => named(item, item.id)) })),
      returns: found.returns.map((request) => ({
        ...request,
        lines: request.lines.map((line) => named(line, line.item_id)),
      })),
    }))
    .catch(() => null)
  // Delivered lines of the owner's order can be reviewed, once each (their reviews beside them).
  const reviewable =
    parts.some((part) => part.status === "delivered") && token
      ? await customerReviews(token).catch(() => ({ lines: [], reviews: [] }))
      : { lines: [], reviews: [] }
  const orderLines = reviewable.lines.filter((line) => line.order_id === order.id)
  const reviews = orderLines.map((line) => ({
    lineItemId: line.line_item_id,
    title: names.product(order.items?.find((item) => item.id === line.line_item_id)?.product_id, line.product_title),
    review: reviewable.reviews.find((review) => review.line_item_id === line.line_item_id) ?? null,
  }))
  return data(
    {
      returns,
      reviews,
      reviewed: url.searchParams.get("reviewed") === "1",
      reviewEdited: url.searchParams.get("edited") === "1",
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
          title: names.product(item.product_id, item.product_title ?? item.title),
          variant: names.variant(item.product_id, item.variant_id, item.variant_title ?? null),
          handle: item.product_handle,
          quantity: item.quantity,
          // A booked community-tourism date (the backend wrote it on the line from the slot).
          startsAt: typeof item.metadata?.tourism_starts_at === "string" ? item.metadata.tourism_starts_at : null,
          total: Number(item.total ?? 0),
        })),
        // The delivery's name in the page's language (the order keeps the name it was placed with).
        shipping: (order.shipping_methods ?? [])
          .map((method) => {
            const code = shippingCode(method)
            return code === "other" ? method.name : translate(lang, `shipping.${code}`)
          })
          .join(", "),
        // Picked up at the cooperative: where to collect, instead of a delivery address.
        pickupPoints: pickup,
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
      // Booked dates have vouchers (QR codes) on their own page, with the same access as this one.
      voucherHref: (order.items ?? []).some((item) => item.metadata?.tourism_slot_id)
        ? `/orders/${order.id}/voucher${url.searchParams.get("token") ? `?token=${encodeURIComponent(url.searchParams.get("token")!)}` : ""}`
        : null,
      secretLink,
      transfer: payment?.bank_transfer ?? null,
      vatInvoice: payment?.vat_invoice ?? null,
      // Each part's lines by their names in the page's language, as the order's lines.
      parts: parts.map((part) => ({
        ...part,
        items: part.items.map((line) => ({
          ...line,
          title: names.product(order.items?.find((item) => item.id === line.id)?.product_id, line.title),
        })),
      })),
    },
    { headers: privateNoStore },
  )
}

/** One seller's part of the order, as its buyer sees it. */
interface OrderPart {
  number: string
  status: "pending" | "accepted" | "packed" | "shipped" | "delivered" | "cancelled"
  tracking_number: string | null
  carrier: string | null
  delivered_at: string | null
  seller: { id: string; legal_name: string }
  items: { id: string; title: string; quantity: number }[]
}

/** The signed-in buyer confirms that a shipped part arrived, reviews a delivered line or edits that review. */
export async function action({ request, params, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const session = await getSession(request)
  const token = session.get("token")
  const form = await request.formData()
  const intent = formIntent(form, ["review", "edit-review", "received"])
  if ((intent === "review" || intent === "edit-review") && token) {
    try {
      await (intent === "review" ? submitReview(token, form) : updateReview(token, form))
    } catch (error) {
      return data(
        { refusal: refusalText(error, lang), reviewLine: String(form.get("line_item_id") ?? "") },
        { status: 400, headers: privateNoStore },
      )
    }
    return redirect(`${url.pathname}?${intent === "review" ? "reviewed" : "edited"}=1#reviews`)
  }
  const number = String(form.get("number") ?? "")
  if (!token || intent !== "received" || !number) throw data(null, { status: 400 })
  try {
    await sdk.client.fetch(
      `/store/ocop/orders/${encodeURIComponent(params.id)}/shipments/${encodeURIComponent(number)}/received`,
      { method: "POST", headers: authHeaders(token) },
    )
  } catch (error) {
    return data({ refusal: refusalText(error, lang) }, { status: 400, headers: privateNoStore })
  }
  return redirect(url.pathname)
}

export default function Order({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const { order } = loaderData
  return (
    <article className="order-page">
      <h1>{t("order.thanks")}</h1>
      <p className="order-number">
        {t("order.number")}: <strong data-testid="order-number">#{order.displayId}</strong>
      </p>
      <p>{t("order.placed_at", { date: formatDate(order.createdAt, lang, true) })}</p>
      {loaderData.voucherHref ? (
        <p className="notice success">
          <Link to={href(loaderData.voucherHref)} data-testid="voucher-link">
            {t("tourism.voucher.link")}
          </Link>
        </p>
      ) : null}
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
      {loaderData.transfer ? <BankTransferPanel transfer={loaderData.transfer} currency={order.currency} /> : null}
      {loaderData.vatInvoice ? (
        <section className="vat-invoice">
          <h2>{t("order.invoice")}</h2>
          <p>
            {loaderData.vatInvoice.company_name}
            <br />
            {t("checkout.invoice_tax_code")}: {loaderData.vatInvoice.tax_code}
            <br />
            {loaderData.vatInvoice.address}
            <br />
            {loaderData.vatInvoice.email}
          </p>
        </section>
      ) : null}
      {actionData?.refusal && !("reviewLine" in actionData) ? <Notice kind="error">{actionData.refusal}</Notice> : null}
      {loaderData.parts.length ? (
        <section className="order-parts">
          <h2>{t("order.parts")}</h2>
          {loaderData.parts.map((part) => (
            <section key={part.number} className="order-part" data-testid={`order-part-${part.number}`}>
              <h3>
                {part.seller.legal_name} · {part.number}
              </h3>
              <p data-testid="order-part-status">
                {t(`order.part_status.${part.status}`)}
                {part.delivered_at ? ` · ${formatDate(part.delivered_at, lang, true)}` : ""}
                {part.tracking_number
                  ? ` · ${t("order.tracking", { number: part.tracking_number })}${part.carrier ? ` (${part.carrier})` : ""}`
                  : ""}
              </p>
              <ul>
                {part.items.map((item) => (
                  <li key={item.id}>
                    {item.title} × {item.quantity}
                  </li>
                ))}
              </ul>
              {part.status === "shipped" ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="received" />
                  <input type="hidden" name="number" value={part.number} />
                  <button type="submit" className="button secondary">
                    {t("order.received")}
                  </button>
                </Form>
              ) : null}
              <p>
                {t("order.documents")}:{" "}
                <a
                  href={href(`/orders/${order.id}/documents/confirmation?seller=${part.seller.id}`)}
                  target="_blank"
                  rel="noreferrer"
                >
                  {t("order.document.confirmation")}
                </a>{" "}
                ·{" "}
                <a
                  href={href(`/orders/${order.id}/documents/delivery-note?seller=${part.seller.id}`)}
                  target="_blank"
                  rel="noreferrer"
                >
                  {t("order.document.delivery-note")}
                </a>{" "}
                ·{" "}
                <Link to={href(`/account/messages?order=${order.id}&seller=${part.seller.id}`)}>
                  {t("messages.order.link")}
                </Link>
              </p>
            </section>
          ))}
        </section>
      ) : null}
      {loaderData.reviews.length ? (
        <section className="order-reviews" id="reviews" aria-labelledby="order-reviews-heading">
          <h2 id="order-reviews-heading">{t("reviews.write")}</h2>
          {loaderData.reviewed ? <Notice kind="success">{t("reviews.sent")}</Notice> : null}
          {loaderData.reviewEdited ? <Notice kind="success">{t("reviews.saved")}</Notice> : null}
          {loaderData.reviews.map((line) => (
            <ReviewForm
              key={line.lineItemId}
              line={line}
              refusal={
                actionData && "reviewLine" in actionData && actionData.reviewLine === line.lineItemId
                  ? actionData.refusal
                  : null
              }
            />
          ))}
        </section>
      ) : null}
      <p>{t("order.email_sent", { email: order.email ?? "" })}</p>
      {loaderData.secretLink ? (
        <p className="order-secret-link">
          {t("order.secret_link")}{" "}
          <a href={loaderData.secretLink} data-testid="order-secret-link">
            {loaderData.secretLink}
          </a>
        </p>
      ) : null}

      <h2>{t("order.items")}</h2>
      <ul className="summary-lines">
        {order.items.map((item) => (
          <li key={item.id}>
            <span className="summary-title">
              {item.handle ? <Link to={href(`/products/${item.handle}`)}>{item.title}</Link> : item.title}
              {item.variant ? ` · ${item.variant}` : ""} × {item.quantity}
              {item.startsAt ? ` · ${t("tourism.line.date", { date: formatDate(item.startsAt, lang, true) })}` : ""}
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
      {order.pickupPoints?.length ? (
        <>
          <h2>{t("order.pickup")}</h2>
          <p>{order.shipping}</p>
          <ul className="pickup-points" data-testid="pickup-points">
            {order.pickupPoints.map((point) => (
              <li key={point.producer}>
                <strong>{point.producer}</strong>
                <br />
                {[point.address, point.province].filter(Boolean).join(", ")}
              </li>
            ))}
          </ul>
          {order.address ? (
            <p>
              {t("order.pickup_by")}: {order.address.name} · {order.address.phone}
            </p>
          ) : null}
        </>
      ) : order.address ? (
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
      {loaderData.returns ? (
        <OrderReturns
          orderId={order.id}
          data={loaderData.returns}
          token={loaderData.secretLink ? new URL(loaderData.secretLink).searchParams.get("token") : null}
        />
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

/** How to pay by bank transfer: the VietQR code for a banking app, and the same details to type in. */
function BankTransferPanel({ transfer, currency }: { transfer: BankTransfer; currency: string }) {
  const { t } = useT()
  return (
    <section className="bank-transfer notice info" aria-labelledby="transfer-heading" data-testid="bank-transfer">
      <h2 id="transfer-heading">{t(`order.transfer.${transfer.status}`)}</h2>
      {transfer.status === "received" ? null : (
        <>
          <p>{t("order.transfer.scan")}</p>
          {/* The SVG is drawn by the backend (bwip-js) from the VietQR payload: no user text in it. */}
          <div
            className="vietqr"
            role="img"
            aria-label={t("order.transfer.qr")}
            dangerouslySetInnerHTML={{ __html: transfer.qr_svg }}
          />
        </>
      )}
      <dl>
        <dt>{t("order.transfer.bank")}</dt>
        <dd>{transfer.bank_name}</dd>
        <dt>{t("order.transfer.account")}</dt>
        <dd>
          {transfer.account_number} · {transfer.account_name}
        </dd>
        <dt>{t("order.transfer.amount")}</dt>
        <dd>
          <Money amount={transfer.amount} currency={currency} />
        </dd>
        <dt>{t("order.transfer.reference")}</dt>
        <dd>
          <strong data-testid="transfer-reference">{transfer.reference}</strong>
        </dd>
      </dl>
    </section>
  )
}
