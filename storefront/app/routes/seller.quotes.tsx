import { data } from "react-router"
import type { Route } from "./+types/seller.quotes"
import { SellerNav } from "../components/SellerNav"
import { QuoteList } from "../components/Quote"
import { langFromPath, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { Pages } from "../components/Pages"
import { listPage, pageCount } from "../lib/list-page"
import { ownProductNames, requireSeller, sellerApi } from "../lib/seller.server"
import { quotesNamedIn, type Quote } from "../lib/wholesale.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("quotes.title")

/** Quotes distributors asked this seller for, newest first. */
const PAGE_SIZE = 20

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  const { page, limit, offset } = listPage(url, PAGE_SIZE)
  const { quotes, count } = await sellerApi<{ quotes: Quote[]; count: number }>(
    token,
    `/sellers/me/quotes?limit=${limit}&offset=${offset}`,
  )
  return data(
    {
      sellerName: seller.legal_name,
      quotes: await quotesNamedIn(lang, quotes, ownProductNames(token)),
      page,
      pages: pageCount(count, limit),
    },
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
