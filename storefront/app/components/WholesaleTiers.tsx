import { Link } from "react-router"
import { formatNumber, intlLocale, useT } from "../i18n"
import { useWholesaleT } from "../i18n/wholesale"
import type { ProductWholesaleTerms } from "../lib/distributor.server"
import { formatMoney } from "../lib/money"

/**
 * The product's quantity tiers and MOQ, shown on the product page to verified distributors;
 * `variantTitles` names the variants in the page's language (the terms carry the Vietnamese names).
 */
export function WholesaleTiers({
  terms,
  variantTitles,
}: {
  terms: ProductWholesaleTerms
  variantTitles: Record<string, string>
}) {
  const { href, lang } = useT()
  const w = useWholesaleT()
  const count = (value: number) => formatNumber(value, lang)
  return (
    <section className="wholesale-tiers" aria-labelledby="wholesale-tiers-title" data-testid="wholesale-tiers">
      <h2 id="wholesale-tiers-title">{w("product.wholesale")}</h2>
      <p>{w("product.wholesale_moq", { moq: count(terms.moq) })}</p>
      {terms.variants
        .filter((variant) => variant.tiers.length)
        .map((variant) => (
          <table key={variant.variant_id} className="data-table">
            <caption>
              {variantTitles[variant.variant_id] ?? variant.title}
              {variant.sku ? ` · ${variant.sku}` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">{w("product.wholesale_quantity")}</th>
                <th scope="col">{w("product.wholesale_price")}</th>
              </tr>
            </thead>
            <tbody>
              {variant.tiers.map((tier) => (
                <tr key={tier.min_quantity}>
                  <td>
                    {tier.max_quantity === null
                      ? w("product.wholesale_from", { min: count(tier.min_quantity) })
                      : `${count(tier.min_quantity)}–${count(tier.max_quantity)}`}
                  </td>
                  <td>{formatMoney(tier.amount, "vnd", intlLocale(lang))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      <Link to={href("/distributor/bulk")} className="button secondary">
        {w("product.wholesale_order")}
      </Link>
    </section>
  )
}
