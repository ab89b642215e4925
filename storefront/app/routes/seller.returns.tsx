import { data, Link } from "react-router"
import type { Route } from "./+types/seller.returns"
import { SellerNav } from "../components/SellerNav"
import { Money } from "../components/ui"
import { formatDate, langFromPath, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import type { ReturnRequest } from "@ocop/reference"
import { requireSeller, returnsNamedIn, sellerApi } from "../lib/seller.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("returns.seller.title")

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  const { returns } = await sellerApi<{ returns: ReturnRequest[] }>(token, "/sellers/me/returns")
  return data(
    { sellerName: seller.legal_name, returns: await returnsNamedIn(lang, token, returns) },
    { headers: privateNoStore },
  )
}

export default function SellerReturns({ loaderData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("returns.seller.title")}</h1>
      {loaderData.returns.length ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("returns.seller.requested_at")}</th>
              <th scope="col">{t("returns.lines")}</th>
              <th scope="col">{t("returns.reason")}</th>
              <th scope="col">{t("returns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.returns.map((request) => (
              <tr key={request.id}>
                <td>
                  <Link to={href(`/seller/returns/${request.id}`)}>#{request.number}</Link>
                </td>
                <td>{formatDate(request.created_at, lang, true)}</td>
                <td>
                  {request.lines.map((line) => (
                    <div key={line.item_id}>
                      {line.quantity} × {line.title}
                    </div>
                  ))}
                  <Money amount={request.refund_amount} />
                </td>
                <td>{t(`returns.reason.${request.reason}`)}</td>
                <td data-testid="return-status">{t(`returns.status.${request.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("returns.seller.none")}</p>
      )}
    </>
  )
}
