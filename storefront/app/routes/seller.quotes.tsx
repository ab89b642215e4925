import { data, Link } from "react-router"
import type { Route } from "./+types/seller.quotes"
import { SellerNav } from "../components/SellerNav"
import { Money } from "../components/ui"
import { formatDate, formatNumber, langFromPath, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { Pages } from "../components/Pages"
import { listPage, pageCount } from "../lib/list-page"
import { requireSeller, sellerApi } from "../lib/seller.server"
import type { Quote } from "../lib/wholesale.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("quotes.title")

/** Quotes distributors asked this seller for, newest first. */
const PAGE_SIZE = 20

export async function loader({ request, url }: Route.LoaderArgs) {
  const { token, seller } = await requireSeller(request, url, langFromPath(url.pathname))
  const { page, limit, offset } = listPage(url, PAGE_SIZE)
  const { quotes, count } = await sellerApi<{ quotes: Quote[]; count: number }>(
    token,
    `/sellers/me/quotes?limit=${limit}&offset=${offset}`,
  )
  return data(
    { sellerName: seller.legal_name, quotes, page, pages: pageCount(count, limit) },
    { headers: privateNoStore },
  )
}

export default function SellerQuotes({ loaderData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("quotes.title")}</h1>
      {loaderData.quotes.length === 0 ? (
        <p>{t("quotes.none")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("quotes.product")}</th>
              <th scope="col">{t("quotes.quantity")}</th>
              <th scope="col">{t("quotes.unit_price")}</th>
              <th scope="col">{t("quotes.status")}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.quotes.map((quote) => (
              <tr key={quote.id}>
                <td>
                  <Link to={href(`/seller/quotes/${quote.id}`)}>
                    {quote.product_title}
                    {quote.variant_title ? ` — ${quote.variant_title}` : ""}
                  </Link>
                  <br />
                  <span className="small">{formatDate(quote.created_at, lang)}</span>
                </td>
                <td>{formatNumber(quote.quantity, lang)}</td>
                <td>{quote.unit_price == null ? "—" : <Money amount={quote.unit_price} />}</td>
                <td>{t(`quotes.status.${quote.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pages page={loaderData.page} pages={loaderData.pages} />
    </>
  )
}
