import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/seller.order"
import { SellerNav } from "../components/SellerNav"
import { IntentForm, Money, Notice, TextField } from "../components/ui"
import { formatDate, langFromPath, translate, useT, type MessageKey } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { isNotFound } from "../lib/medusa.server"
import {
  ordersNamedIn,
  refusal,
  requireSeller,
  sellerApi,
  sellerOrderAddressLabel,
  type SellerOrder,
  type SellerOrderPayment,
} from "../lib/seller.server"
import { commitSession } from "../lib/session.server"
import { formatVietnamesePhone, joinVietnameseName } from "../lib/validation"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export function meta({ location }: Route.MetaArgs) {
  const lang = langFromPath(location.pathname)
  return [
    {
      title: `${translate(lang, "seller.orders")} — ${translate(lang, "site.name")}`,
    },
    { name: "robots", content: "noindex" },
  ]
}

export async function loader({ request, url, params }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  try {
    const { order } = await sellerApi<{ order: SellerOrder }>(
      token,
      `/sellers/me/orders/${encodeURIComponent(params.id)}`,
    )
    // Wholesale: VAT invoice details and the bank transfer of this part.
    const { payment } = await sellerApi<{ payment: SellerOrderPayment }>(
      token,
      `/sellers/me/wholesale/orders/${encodeURIComponent(params.id)}`,
    )
    // A pickup order's address is the cooperative's, where the buyer collects it: not a delivery.
    const addressLabel = sellerOrderAddressLabel(order)
    const [named] = await ordersNamedIn(lang, token, [order])
    return data({ sellerName: seller.legal_name, order: named, payment, addressLabel }, { headers: privateNoStore })
  } catch (error) {
    if (isNotFound(error)) throw data(null, { status: 404 })
    throw error
  }
}

const STEPS = ["accept", "pack", "ship", "deliver", "cancel"] as const
type Step = (typeof STEPS)[number]
/** The text a step needs (the API asks for it too): a tracking number to ship, a reason to cancel. */
const REQUIRED: Partial<Record<Step, "tracking_number" | "reason">> = {
  ship: "tracking_number",
  cancel: "reason",
}

export async function action({ request, url, params }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { token, session } = await requireSeller(request, url, langFromPath(url.pathname))
  const form = await request.formData()
  const intent = formIntent(form, ["confirm_receipt", ...STEPS])
  if (intent === "confirm_receipt") {
    try {
      await sellerApi(token, `/sellers/me/wholesale/orders/${encodeURIComponent(params.id)}/confirm-receipt`, {
        method: "POST",
      })
    } catch (error) {
      const none: Partial<Record<"tracking_number" | "reason", MessageKey>> = {}
      return data({ errors: none, refusal: refusal(error, lang) }, { status: 400, headers: privateNoStore })
    }
    session.flash("flash", { kind: "success", key: "seller.transfer_confirmed" })
    return redirect(url.pathname, { headers: { "Set-Cookie": await commitSession(request, session) } })
  }
  const step = intent
  const body: Record<string, string> = {}
  const errors: Partial<Record<"tracking_number" | "reason", MessageKey>> = {}
  const required = REQUIRED[step]
  if (required) {
    body[required] = String(form.get(required) ?? "").trim()
    if (!body[required]) errors[required] = "error.required"
  }
  const carrier = String(form.get("carrier") ?? "").trim()
  if (step === "ship" && carrier) body.carrier = carrier
  if (Object.keys(errors).length) return data({ errors, refusal: null }, { status: 400, headers: privateNoStore })
  try {
    await sellerApi(token, `/sellers/me/orders/${encodeURIComponent(params.id)}/${step}`, { method: "POST", body })
  } catch (error) {
    return data({ errors, refusal: refusal(error, lang) }, { status: 400, headers: privateNoStore })
  }
  session.flash("flash", { kind: "success", key: "seller.order_updated" })
  return redirect(url.pathname, {
    headers: { "Set-Cookie": await commitSession(request, session) },
  })
}

export default function SellerOrderPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang, href } = useT()
  const navigation = useNavigation()
  const busy = navigation.state === "submitting"
  const { order } = loaderData
  const errors = actionData?.errors ?? {}
  // The steps the part can take from its status (the API refuses the others).
  const can = {
    accept: order.status === "pending",
    // A part of services only (community tourism) is neither packed nor shipped: its vouchers are
    // checked in, and the last check-in delivers it.
    pack: order.status === "accepted" && !order.services_only,
    ship: order.status === "packed" && !order.services_only,
    deliver: order.status === "shipped",
    cancel: order.status === "pending" || order.status === "accepted" || order.status === "packed",
  }
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("seller.order", { id: order.number })}</h1>
      {actionData?.refusal ? <Notice kind="error">{t("seller.refused", { reason: actionData.refusal })}</Notice> : null}
      <dl className="facts">
        <dt>{t("seller.order_date")}</dt>
        <dd>{formatDate(order.placed_at, lang, true)}</dd>
        <dt>{t("seller.order_status")}</dt>
        <dd data-testid="order-status">{t(`seller.status.${order.status}`)}</dd>
        {order.cancel_reason ? (
          <>
            <dt>{t("seller.cancel_reason")}</dt>
            <dd>{order.cancel_reason}</dd>
          </>
        ) : null}
        {order.shipment?.tracking_number ? (
          <>
            <dt>{t("seller.tracking_number")}</dt>
            <dd>
              {order.shipment.tracking_number}
              {order.shipment.carrier ? ` (${order.shipment.carrier})` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      {order.shipping_address ? (
        <section className="seller-order-address" aria-labelledby="ship-to">
          <h2 id="ship-to">{t(loaderData.addressLabel)}</h2>
          <p data-testid="ship-to">
            {joinVietnameseName(order.shipping_address)}
            {order.shipping_address.phone ? ` · ${formatVietnamesePhone(order.shipping_address.phone)}` : ""}
            <br />
            {[
              order.shipping_address.address_1,
              order.shipping_address.address_2,
              order.shipping_address.city,
              order.shipping_address.province,
            ]
              .filter(Boolean)
              .join(", ")}
          </p>
        </section>
      ) : null}
      <SellerOrderPaymentPanel payment={loaderData.payment} orderId={order.id} busy={busy} />
      <h2>{t("seller.order_lines")}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("seller.product_title")}</th>
            <th scope="col">{t("seller.quantity")}</th>
            <th scope="col">{t("seller.unit_price")}</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item) => (
            <tr key={item.id}>
              <td>
                {item.title}
                {item.variant_title ? ` — ${item.variant_title}` : ""}
              </td>
              <td>{item.quantity}</td>
              <td>
                <Money amount={item.unit_price} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {order.services_only && (order.status === "accepted" || order.status === "packed") ? (
        <Notice kind="info">
          <span data-testid="order-checkin">
            {t("tourism.seller.order_checkin")}{" "}
            <Link to={href("/seller/tourism")}>{t("tourism.seller.order_checkin_link")}</Link>
          </span>
        </Notice>
      ) : null}
      <div className="seller-actions">
        {can.accept ? <IntentForm intent="accept" label={t("seller.accept")} busy={busy} /> : null}
        {can.pack ? <IntentForm intent="pack" label={t("seller.pack")} busy={busy} /> : null}
        {can.ship ? (
          <IntentForm intent="ship" label={t("seller.ship")} primary busy={busy}>
            <TextField
              name="tracking_number"
              label={t("seller.tracking_number")}
              required
              error={errors.tracking_number}
            />
            <TextField name="carrier" label={t("seller.carrier")} />
          </IntentForm>
        ) : null}
        {can.deliver ? <IntentForm intent="deliver" label={t("seller.deliver")} primary busy={busy} /> : null}
        {can.cancel ? (
          <IntentForm intent="cancel" label={t("seller.cancel")} busy={busy}>
            <TextField name="reason" label={t("seller.cancel_reason")} required error={errors.reason} />
          </IntentForm>
        ) : null}
      </div>
    </>
  )
}

/** The part's bank transfer (confirm receipt once the money is seen), the VAT invoice details and the printable documents. */
function SellerOrderPaymentPanel({
  payment,
  orderId,
  busy,
}: {
  payment: SellerOrderPayment
  orderId: string
  busy: boolean
}) {
  const { t, href } = useT()
  const transfer = payment.bank_transfer
  return (
    <section className="seller-order-payment">
      {transfer ? (
        <>
          <h2>{t("seller.transfer")}</h2>
          <dl className="facts">
            <dt>{t("order.transfer.reference")}</dt>
            <dd>{transfer.reference}</dd>
            <dt>{t("order.transfer.amount")}</dt>
            <dd>
              <Money amount={transfer.part_amount} />
            </dd>
            <dt>{t("seller.order_status")}</dt>
            <dd data-testid="transfer-status">{t(`order.transfer.${transfer.status}`)}</dd>
          </dl>
          {transfer.status === "awaiting_transfer" ? (
            <Form method="post">
              <input type="hidden" name="intent" value="confirm_receipt" />
              <button type="submit" className="button" disabled={busy}>
                {t("seller.confirm_receipt")}
              </button>
            </Form>
          ) : null}
        </>
      ) : null}
      {payment.vat_invoice ? (
        <>
          <h2>{t("order.invoice")}</h2>
          <p data-testid="vat-invoice">
            {payment.vat_invoice.company_name}
            <br />
            {t("checkout.invoice_tax_code")}: {payment.vat_invoice.tax_code}
            <br />
            {payment.vat_invoice.address}
            <br />
            {payment.vat_invoice.email}
          </p>
        </>
      ) : null}
      <p>
        {t("order.documents")}:{" "}
        <a href={href(`/seller/orders/${orderId}/documents/confirmation`)} target="_blank" rel="noreferrer">
          {t("order.document.confirmation")}
        </a>{" "}
        ·{" "}
        <a href={href(`/seller/orders/${orderId}/documents/delivery-note`)} target="_blank" rel="noreferrer">
          {t("order.document.delivery-note")}
        </a>
      </p>
    </section>
  )
}
