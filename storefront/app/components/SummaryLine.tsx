import type { ReactNode } from "react"
import { formatDate, useT } from "../i18n"
import type { CartLine } from "../lib/cart.server"
import { localizedTitle } from "../lib/products"
import { LivePriceLabel } from "./LivePriceLabel"
import { Money } from "./ui"

/**
 * A cart line in the checkout's order summary (the address step and the card step alike): its
 * product and variant in the page's language, the booked date of a service, the quantity, a live
 * session's price, and the line's total.
 */
export function SummaryLine({ line, currency }: { line: CartLine; currency: string }) {
  const { t, lang } = useT()
  return (
    <>
      <span className="summary-title">
        {localizedTitle(line, lang)}
        {line.variantTitle
          ? ` · ${localizedTitle({ title: line.variantTitle, titleEn: line.variantTitleEn }, lang)}`
          : ""}
        {line.slotStartsAt ? ` · ${t("tourism.line.date", { date: formatDate(line.slotStartsAt, lang, true) })}` : ""} ×{" "}
        {line.quantity}
        {line.livePrice ? (
          <>
            <br />
            <LivePriceLabel price={line.livePrice} />
          </>
        ) : null}
      </span>
      <span className="summary-price">
        <Money amount={line.total} currency={currency} />
      </span>
    </>
  )
}

/**
 * The checkout's order summary beside the form (the address step and the card step alike): the
 * lines, each with what is wrong with it at this step (`problem`, marked), then the step's totals,
 * VAT included.
 */
export function OrderSummary({
  lines,
  currency,
  problem,
  children,
}: {
  lines: CartLine[]
  currency: string
  problem?: (line: CartLine) => ReactNode
  /** The totals: a `<dl className="totals">`. */
  children: ReactNode
}) {
  const { t } = useT()
  return (
    <aside className="order-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t("checkout.summary")}</h2>
      <ul className="summary-lines">
        {lines.map((line) => {
          const said = problem?.(line)
          return (
            <li key={line.id} className={said ? "has-problem" : undefined}>
              <SummaryLine line={line} currency={currency} />
              {said}
            </li>
          )
        })}
      </ul>
      {children}
      <p className="small">{t("checkout.vat_included")}</p>
    </aside>
  )
}
