import { data, Form, Link } from "react-router"
import type { Route } from "./+types/seller.payouts"
import { SellerNav } from "../components/SellerNav"
import { Money } from "../components/ui"
import { langFromPath, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { payoutPeriod, requireSeller, sellerApi, type PayoutLedger } from "../lib/seller.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("seller.payouts")

export async function loader({ request, url }: Route.LoaderArgs) {
  const { token, seller } = await requireSeller(request, url, langFromPath(url.pathname))
  const period = payoutPeriod(url.searchParams.get("period"))
  const ledger = await sellerApi<PayoutLedger>(token, "/sellers/me/payouts", { query: { period } })
  return data({ sellerName: seller.legal_name, period, ledger }, { headers: privateNoStore })
}

const COLUMNS = [
  "gross",
  "commission",
  "withholding_vat",
  "withholding_pit",
  "refunds",
  "return_shipping",
  "net",
] as const

export default function SellerPayouts({ loaderData }: Route.ComponentProps) {
  const { t, href } = useT()
  const { ledger, period } = loaderData
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("seller.payouts")}</h1>
      <Form method="get" className="inline-form">
        <label htmlFor="f-period">{t("seller.period")}</label>
        <input id="f-period" name="period" type="month" defaultValue={period} required />
        <button type="submit" className="button secondary">
          {t("seller.show")}
        </button>
      </Form>
      <p>
        <a href={`${href("/seller/payouts/statement.csv")}?period=${period}`} download>
          {t("seller.download_csv")}
        </a>
      </p>
      {ledger.lines.length ? (
        <table className="data-table" data-testid="payout-ledger">
          <thead>
            <tr>
              <th scope="col">#</th>
              {COLUMNS.map((column) => (
                <th scope="col" key={column}>
                  {t(`seller.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ledger.lines.map((line) => (
              <tr key={line.id}>
                <td>
                  <Link to={href(`/seller/orders/${line.id}`)}>#{line.number}</Link>
                </td>
                {COLUMNS.map((column) => (
                  <td key={column} data-column={column}>
                    <Money amount={line[column]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="payout-totals">
              <th scope="row">{t("seller.totals")}</th>
              {COLUMNS.map((column) => (
                <td key={column} data-column={column}>
                  <Money amount={ledger.totals[column]} />
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      ) : (
        <p>{t("seller.payouts_none")}</p>
      )}
    </>
  )
}
