import { data, Link } from "react-router"
import type { Route } from "./+types/seller.orders"
import { SellerNav } from "../components/SellerNav"
import { Money } from "../components/ui"
import { formatDate, langFromPath, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { Pages } from "../components/Pages"
import { listPage, pageCount } from "../lib/list-page"
import { ordersNamedIn, requireSeller, sellerApi, type SellerOrder } from "../lib/seller.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("seller.orders")

const PAGE_SIZE = 20

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  const { page, limit, offset } = listPage(url, PAGE_SIZE)
  const { orders, count } = await sellerApi<{ orders: SellerOrder[]; count: number }>(
    token,
    `/sellers/me/orders?limit=${limit}&offset=${offset}`,
  )
  return data(
    {
      sellerName: seller.legal_name,
      orders: await ordersNamedIn(lang, token, orders),
      page,
      pages: pageCount(count, limit),
    },
    { headers: privateNoStore },
  )
}

export default function SellerOrders({ loaderData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("seller.orders")}</h1>
      {loaderData.orders.length ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("seller.order_date")}</th>
              <th scope="col">{t("seller.order_lines")}</th>
              <th scope="col">{t("seller.order_status")}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.orders.map((order) => (
              <tr key={order.id}>
                <td>
                  <Link to={href(`/seller/orders/${order.id}`)}>#{order.number}</Link>
                </td>
                <td>{formatDate(order.placed_at, lang, true)}</td>
                <td>
                  {order.items.map((item) => (
                    <div key={item.id}>
                      {item.quantity} × {item.title}
                    </div>
                  ))}
                  {order.payout ? <Money amount={order.payout.gross} /> : null}
                </td>
                <td>{t(`seller.status.${order.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("seller.orders_none")}</p>
      )}
      <Pages page={loaderData.page} pages={loaderData.pages} />
    </>
  )
}
