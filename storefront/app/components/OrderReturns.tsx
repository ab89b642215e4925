import { Form } from "react-router"
import { ReturnRequestFacts } from "./ReturnRequestFacts"
import { FieldError, Notice, TextField } from "./ui"
import { formatDate, intlLocale, useT, type MessageKey } from "../i18n"
import { formatMoney } from "../lib/money"
import { RETURN_REASONS, type OrderReturns as Data, type ReturnRequest } from "@ocop/reference"

/** What the returns action sends back when it refuses: per part, the fields to fix and the backend's refusal as sentences. */
export interface ReturnFormErrors {
  partId: string
  errors: Partial<Record<string, MessageKey>>
  refusal: string | null
}

/**
 * Returns on the buyer's order page: per seller part, the window's end, the requests and their
 * status, and (delivered, within the window, none in progress) a form that works without
 * JavaScript: quantities per line, a reason, details, up to 4 photos and, for cash-on-delivery and
 * bank-transfer orders, the bank account the refund goes to.
 */
export function OrderReturns({
  orderId,
  data,
  token,
  failed,
}: {
  orderId: string
  data: Data
  token: string | null
  failed?: ReturnFormErrors | null
}) {
  const { t, href, lang } = useT()
  const action = href(`/orders/${orderId}/returns`) + (token ? `?token=${encodeURIComponent(token)}` : "")
  // A cancelled part has nothing to return (it was refunded when cancelled).
  const parts = data.parts.filter((part) => part.status !== "cancelled")
  if (!parts.length) return null
  // Who pays for sending the goods back, told before the buyer asks.
  const shipping = data.return_shipping
  const shippingRule = shipping?.amount
    ? t("returns.shipping_rule", {
        amount: formatMoney(shipping.amount, "vnd", intlLocale(lang)),
        reasons: shipping.seller_pays_for.map((reason) => t(`returns.reason.${reason}`).toLowerCase()).join(", "),
      })
    : null
  return (
    <section id="returns" className="order-returns" aria-labelledby="returns-heading" data-testid="order-returns">
      <h2 id="returns-heading">{t("returns.title")}</h2>
      {parts.map((part) => {
        const requests = data.returns.filter((r) => r.seller_order_id === part.id)
        const errors = failed?.partId === part.id ? failed.errors : {}
        return (
          <div key={part.id} className="return-part" data-testid={`return-part-${part.number}`}>
            <h3>{t("returns.part", { number: part.number, seller: part.seller.legal_name })}</h3>
            {!part.delivered_at ? (
              <p>{t("returns.not_delivered")}</p>
            ) : part.can_return || part.open_return_id ? (
              <p data-testid="return-window">
                {t("returns.window", { date: formatDate(part.window_ends_at, lang, true) })}
              </p>
            ) : (
              <p data-testid="return-window">
                {t("returns.window_over", { date: formatDate(part.window_ends_at, lang, true) })}
              </p>
            )}
            {requests.map((request) => (
              <ReturnStatus key={request.id} request={request} action={action} />
            ))}
            {failed?.partId === part.id && failed.refusal ? <Notice kind="error">{failed.refusal}</Notice> : null}
            {part.can_return ? (
              <Form method="post" action={action} encType="multipart/form-data" noValidate className="return-form">
                <input type="hidden" name="intent" value="request" />
                <input type="hidden" name="seller_order_id" value={part.id} />
                <fieldset>
                  <legend>{t("returns.form")}</legend>
                  {part.items
                    .filter((item) => item.returnable > 0)
                    .map((item) => (
                      <div className="field" key={item.id}>
                        <label htmlFor={`qty-${item.id}`}>
                          {item.title}
                          {item.variant_title ? ` · ${item.variant_title}` : ""} —{" "}
                          {t("returns.quantity_of", { count: item.quantity })}
                        </label>
                        <input
                          id={`qty-${item.id}`}
                          name={`qty:${item.id}`}
                          type="number"
                          inputMode="numeric"
                          min={0}
                          max={item.returnable}
                          defaultValue={0}
                        />
                      </div>
                    ))}
                  <FieldError id={`lines-${part.id}-error`} error={errors.lines} />
                  <div className={errors.reason ? "field has-error" : "field"}>
                    <label htmlFor={`reason-${part.id}`}>
                      {t("returns.reason")}
                      <span aria-hidden="true"> *</span>
                    </label>
                    {shippingRule ? (
                      <p className="hint" id={`reason-${part.id}-hint`} data-testid="return-shipping-rule">
                        {shippingRule}
                      </p>
                    ) : null}
                    <select
                      id={`reason-${part.id}`}
                      name="reason"
                      defaultValue="damaged"
                      aria-describedby={shippingRule ? `reason-${part.id}-hint` : undefined}
                    >
                      {RETURN_REASONS.map((reason) => (
                        <option key={reason} value={reason}>
                          {t(`returns.reason.${reason}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className={errors.note ? "field has-error" : "field"}>
                    <label htmlFor={`note-${part.id}`}>{t("returns.note")}</label>
                    <p className="hint" id={`note-${part.id}-hint`}>
                      {t("returns.note_hint")}
                    </p>
                    <textarea
                      id={`note-${part.id}`}
                      name="note"
                      rows={3}
                      maxLength={1000}
                      aria-describedby={`note-${part.id}-hint`}
                      aria-invalid={errors.note ? true : undefined}
                    />
                    <FieldError id={`note-${part.id}-error`} error={errors.note} />
                  </div>
                  <div className={errors.photos ? "field has-error" : "field"}>
                    <label htmlFor={`photos-${part.id}`}>{t("returns.photos")}</label>
                    <input id={`photos-${part.id}`} name="photos" type="file" accept="image/*" multiple />
                    <FieldError id={`photos-${part.id}-error`} error={errors.photos} />
                  </div>
                  {data.payment_method !== "card" ? (
                    <fieldset>
                      <legend>{t("returns.refund_account")}</legend>
                      <p className="hint">{t("returns.refund_account_hint")}</p>
                      <TextField
                        id={`bank-${part.id}`}
                        name="bank"
                        label={t("returns.bank")}
                        required
                        error={errors.bank}
                      />
                      <TextField
                        id={`account-${part.id}`}
                        name="account_number"
                        label={t("returns.account_number")}
                        inputMode="numeric"
                        required
                        error={errors.account_number}
                      />
                      <TextField
                        id={`holder-${part.id}`}
                        name="holder"
                        label={t("returns.holder")}
                        required
                        error={errors.holder}
                      />
                    </fieldset>
                  ) : null}
                </fieldset>
                <button type="submit" className="button primary">
                  {t("returns.submit")}
                </button>
              </Form>
            ) : null}
          </div>
        )
      })}
    </section>
  )
}

function ReturnStatus({ request, action }: { request: ReturnRequest; action: string }) {
  const { t } = useT()
  return (
    <div className="return-request" data-testid="return-request">
      <ReturnRequestFacts request={request} viewer="buyer" />
      {request.can_escalate ? (
        <Form method="post" action={action} noValidate>
          <input type="hidden" name="intent" value="escalate" />
          <input type="hidden" name="return_id" value={request.id} />
          <div className="field">
            <label htmlFor={`escalate-${request.id}`}>{t("returns.escalate_note")}</label>
            <textarea id={`escalate-${request.id}`} name="note" rows={2} maxLength={1000} required />
          </div>
          <button type="submit" className="button secondary">
            {t("returns.escalate")}
          </button>
        </Form>
      ) : null}
    </div>
  )
}
