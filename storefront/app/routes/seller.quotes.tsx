import { data } from "react-router"
import type { Route } from "./+types/seller.quotes"
import { SellerNav } from "../components/SellerNav"
import { QuoteList } from "../components/Quote"
import { langFromPath, useT } from "../i18n"
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
  const { t } = useT()
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("quotes.title")}</h1>
      <QuoteList quotes={loaderData.quotes} basePath="/seller/quotes" />
      <Pages page={loaderData.page} pages={loaderData.pages} />
    </>
  )
}
