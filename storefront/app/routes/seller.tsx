import { data, Link } from "react-router"
import type { Route } from "./+types/seller"
import { SellerNav } from "../components/SellerNav"
import { formatDate, langFromPath, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { namesIn } from "../lib/products.server"
import { ownProductNames, requireSeller, sellerApi, type SellerDashboard } from "../lib/seller.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("seller.portal")

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  const dashboard = await sellerApi<SellerDashboard>(token, "/sellers/me/dashboard")
  // The products whose certificates expire, by their names in the page's language.
  const names = await namesIn(
    lang,
    dashboard.expiring_certificates.map((line) => line.product_id),
    ownProductNames(token),
  )
  const expiring = dashboard.expiring_certificates.map((line) => ({
    ...line,
    title: names.product(line.product_id, line.title),
  }))
  return data(
    { sellerName: seller.legal_name, dashboard: { ...dashboard, expiring_certificates: expiring } },
    { headers: privateNoStore },
  )
}

export default function SellerHome({ loaderData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const { dashboard } = loaderData
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("seller.dashboard")}</h1>
      <dl className="facts">
        <dt>{t("seller.orders_today")}</dt>
        <dd data-testid="orders-today">
          <Link to={href("/seller/orders")}>{dashboard.orders_today}</Link>
        </dd>
      </dl>
      <h2>{t("seller.low_stock")}</h2>
      {dashboard.low_stock.length ? (
        <ul>
          {dashboard.low_stock.map((line) => (
            <li key={line.variant_id}>
              {line.title}
              {line.sku ? ` (${line.sku})` : ""}: {line.stock}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("seller.low_stock_none")}</p>
      )}
      <h2>{t("seller.expiring")}</h2>
      {dashboard.expiring_certificates.length ? (
        <ul>
          {dashboard.expiring_certificates.map((line) => (
            <li key={line.product_id}>
              <Link to={href(`/seller/products/${line.product_id}`)}>{line.title}</Link>:{" "}
              {formatDate(line.expires_at, lang)} ({t("seller.days_left", { days: line.days_left })})
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("seller.expiring_none")}</p>
      )}
    </>
  )
}
