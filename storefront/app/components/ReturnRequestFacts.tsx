import { formatDate, intlLocale, useT } from "../i18n"
import { formatMoney } from "../lib/money"
import type { ReturnRequest } from "@ocop/reference"
import { Money } from "./ui"

/**
 * A return request as both sides read it: when it was asked, its status, the reason and the
 * buyer's words, the lines, the return shipping and who pays it, the refund, the seller's instructions or refusal, the escalation and
 * the marketplace's note, and the buyer's photos. The buyer (`viewer="buyer"`) also reads where the
 * refund is paid; the labels of what the buyer wrote speak to each side.
 */
export function ReturnRequestFacts({ request, viewer }: { request: ReturnRequest; viewer: "buyer" | "seller" }) {
  const { t, lang } = useT()
  const account = request.refund_account
  const refundTo =
    viewer !== "buyer"
      ? ""
      : account
        ? ` · ${t("returns.refund_to", { bank: account.bank, account: account.account_number, holder: account.holder })}`
        : request.payment_method === "card"
          ? ` · ${t("returns.refund_card")}`
          : ""
  return (
    <>
      <dl className="facts">
        <dt>{t("returns.seller.requested_at")}</dt>
        <dd>{formatDate(request.created_at, lang, true)}</dd>
        <dt>{t("returns.status")}</dt>
        <dd data-testid="return-status">
          {t(
            request.status === "accepted" && request.decided_by === "admin"
              ? "returns.status.accepted_by_admin"
              : `returns.status.${request.status}`,
          )}
        </dd>
        <dt>{t("returns.reason")}</dt>
        <dd>{t(`returns.reason.${request.reason}`)}</dd>
        {request.note ? (
          <>
            <dt>{t(viewer === "buyer" ? "returns.your_note" : "returns.seller.reason_note")}</dt>
            <dd>{request.note}</dd>
          </>
        ) : null}
        <dt>{t("returns.lines")}</dt>
        <dd>
          {request.lines.map((line) => (
            <div key={line.item_id}>
              {line.quantity} × {line.title}
              {line.variant_title ? ` · ${line.variant_title}` : ""}
            </div>
          ))}
        </dd>
        {request.return_shipping?.paid_by && request.return_shipping.amount ? (
          <>
            <dt>{t("returns.shipping")}</dt>
            <dd data-testid="return-shipping">
              {t(`returns.shipping.${request.return_shipping.paid_by}`, {
                amount: formatMoney(request.return_shipping.amount, "vnd", intlLocale(lang)),
              })}
            </dd>
          </>
        ) : null}
        <dt>{t("returns.amount")}</dt>
        <dd data-testid="return-amount">
          <Money amount={request.refund_amount} />
          {refundTo}
        </dd>
        {request.instructions ? (
          <>
            <dt>{t("returns.instructions")}</dt>
            <dd data-testid="return-instructions">{request.instructions}</dd>
          </>
        ) : null}
        {request.refusal_reason ? (
          <>
            <dt>{t("returns.refusal_reason")}</dt>
            <dd>{request.refusal_reason}</dd>
          </>
        ) : null}
        {request.escalation_note ? (
          <>
            <dt>{t(viewer === "buyer" ? "returns.your_escalation" : "returns.seller.escalation_note")}</dt>
            <dd>{request.escalation_note}</dd>
          </>
        ) : null}
        {request.admin_note ? (
          <>
            <dt>{t("returns.admin_note")}</dt>
            <dd>{request.admin_note}</dd>
          </>
        ) : null}
      </dl>
      {request.photos.length ? (
        <ul className="inline-list return-photos">
          {request.photos.map((photo, index) => (
            <li key={photo.id}>
              <a href={photo.url} target="_blank" rel="noreferrer">
                <img src={photo.url} alt={`${t("returns.photos")} ${index + 1}`} width={160} loading="lazy" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
