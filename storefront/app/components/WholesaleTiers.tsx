import { Link } from "react-router"
import { useT } from "../i18n"
import { useWholesaleT } from "../i18n/wholesale"
import type { ProductWholesaleTerms } from "../lib/distributor.server"
import { formatMoney } from "../lib/money"

/** The product's quantity tiers and MOQ, shown on the product page to verified distributors. */
export function WholesaleTiers({ terms }: { terms: ProductWholesaleTerms }) {
  const { href } = useT()
  const w = useWholesaleT()
  return (
    <section className="wholesale-tiers" aria-labelledby="wholesale-tiers-title" data-testid="wholesale-tiers">
      <h2 id="wholesale-tiers-title">{w("product.wholesale")}</h2>
      <p>{w("product.wholesale_moq", { moq: terms.moq })}</p>
      {terms.variants
        .filter((variant) => variant.tiers.length)
        .map((variant) => (
          <table key={variant.variant_id} className="data-table">
            <caption>
              {variant.title}
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
                      ? w("product.wholesale_from", { min: tier.min_quantity })
                      : `${tier.min_quantity}–${tier.max_quantity}`}
                  </td>
                  <td>{formatMoney(tier.amount, "vnd")}</td>
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
