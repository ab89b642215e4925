import { Form, Link } from "react-router"
import { Money, Notice } from "./ui"
import { formatDate, formatNumber, useT } from "../i18n"
import type { Quote } from "../lib/wholesale.server"

/** A quote's messages, oldest first, and the form to add one (both sides). */
export function QuoteMessages({ quote }: { quote: Pick<Quote, "messages"> }) {
  const { t, lang } = useT()
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading">{t("quotes.messages")}</h2>
      {quote.messages.length ? (
        <ol className="quote-messages">
          {quote.messages.map((message) => (
            <li key={message.id} className={`from-${message.author}`}>
              <strong>{t(`quotes.author.${message.author}`)}</strong> ·{" "}
              <span className="small">{formatDate(message.created_at, lang, true)}</span>
              <p>{message.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("quotes.no_messages")}</p>
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="message" />
        <div className="field">
          <label htmlFor="f-body">{t("quotes.write_message")}</label>
          <textarea id="f-body" name="body" rows={2} maxLength={2000} required />
        </div>
        <button type="submit" className="button secondary">
          {t("quotes.send_message")}
        </button>
      </Form>
    </section>
  )
}

/** A quote's page head on both sides: the product and variant, the refusal of the last action if any, then its facts. */
export function QuoteHead({ quote, refusal }: { quote: Quote; refusal?: string | null }) {
  const { t } = useT()
  return (
    <>
      <h1>
        {quote.product_title}
        {quote.variant_title ? ` — ${quote.variant_title}` : ""}
      </h1>
      {refusal ? <Notice kind="error">{t("seller.refused", { reason: refusal })}</Notice> : null}
      <QuoteFacts quote={quote} />
    </>
  )
}

/**
 * What both sides see about a quote: who, what, how many, the answer, the promised delivery day and
 * its status; the seller also sees its stock now.
 */
export function QuoteFacts({ quote }: { quote: Quote }) {
  const { t, lang } = useT()
  return (
    <dl className="facts">
      <dt>{t("quotes.seller")}</dt>
      <dd>{quote.seller.legal_name}</dd>
      <dt>{t("quotes.quantity")}</dt>
      <dd data-testid="quote-quantity">{formatNumber(quote.quantity, lang)}</dd>
      {quote.available !== undefined ? (
        <>
          <dt>{t("quotes.available")}</dt>
          <dd data-testid="quote-available">
            {quote.available === null ? t("quotes.available_untracked") : formatNumber(quote.available, lang)}
          </dd>
        </>
      ) : null}
      <dt>{t("quotes.status")}</dt>
      <dd data-testid="quote-status">{t(`quotes.status.${quote.status}`)}</dd>
      {quote.unit_price != null ? (
        <>
          <dt>{t("quotes.unit_price")}</dt>
          <dd data-testid="quote-price">
            <Money amount={quote.unit_price} />
          </dd>
          <dt>{t("quotes.total")}</dt>
          <dd>
            <Money amount={quote.total} />
          </dd>
          <dt>{t("quotes.valid_until")}</dt>
          <dd>{formatDate(quote.valid_until, lang)}</dd>
          <dt>{t("quotes.delivery_date")}</dt>
          <dd data-testid="quote-delivery">
            {quote.delivery_date ? formatDate(quote.delivery_date, lang) : t("quotes.delivery_now")}
          </dd>
        </>
      ) : null}
      {quote.seller_note ? (
        <>
          <dt>{t("quotes.seller_note")}</dt>
          <dd>{quote.seller_note}</dd>
        </>
      ) : null}
    </dl>
  )
}

/**
 * A page of quotes as a table, newest first: the product (linked to the quote, with the day it was
 * asked), the seller when the distributor looks, the quantity, the price per unit once answered and
 * the status. "No quotes" when there are none.
 */
export function QuoteList({
  quotes,
  basePath,
  withSeller = false,
}: {
  quotes: Quote[]
  basePath: string
  withSeller?: boolean
}) {
  const { t, href, lang } = useT()
  if (!quotes.length) return <p>{t("quotes.none")}</p>
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t("quotes.product")}</th>
          {withSeller ? <th scope="col">{t("quotes.seller")}</th> : null}
          <th scope="col">{t("quotes.quantity")}</th>
          <th scope="col">{t("quotes.unit_price")}</th>
          <th scope="col">{t("quotes.status")}</th>
        </tr>
      </thead>
      <tbody>
        {quotes.map((quote) => (
          <tr key={quote.id}>
            <td>
              <Link to={href(`${basePath}/${quote.id}`)}>
                {quote.product_title}
                {quote.variant_title ? ` — ${quote.variant_title}` : ""}
              </Link>
              <br />
              <span className="small">{formatDate(quote.created_at, lang)}</span>
            </td>
            {withSeller ? <td>{quote.seller.legal_name}</td> : null}
            <td>{formatNumber(quote.quantity, lang)}</td>
            <td>{quote.unit_price == null ? "—" : <Money amount={quote.unit_price} />}</td>
            <td data-testid={`quote-status-${quote.id}`}>{t(`quotes.status.${quote.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
