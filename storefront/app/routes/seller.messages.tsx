import { data } from "react-router"
import type { Route } from "./+types/seller.messages"
import { ThreadList } from "../components/Messages"
import { SellerNav } from "../components/SellerNav"
import { langFromPath, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { messagesApi, threadsNamedIn, type SellerThread } from "../lib/messages.server"
import { ownProductNames, requireSeller } from "../lib/seller.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("messages.title")

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  const { threads, unread } = await messagesApi<{ threads: SellerThread[]; unread: number }>(
    token,
    "/sellers/me/messages",
    { query: { limit: 100 } },
  )
  return data(
    { sellerName: seller.legal_name, threads: await threadsNamedIn(lang, threads, ownProductNames(token)), unread },
    { headers: privateNoStore },
  )
}

/** The customers' questions to the cooperative, latest first, with what is still unread. */
export default function SellerMessages({ loaderData }: Route.ComponentProps) {
  const { t } = useT()
  const { threads, unread } = loaderData
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("messages.title")}</h1>
      {unread ? <p data-testid="seller-unread-total">{t("messages.seller.unread_total", { count: unread })}</p> : null}
      {threads.length === 0 ? (
        <p>{t("messages.seller.none")}</p>
      ) : (
        <ThreadList
          threads={threads}
          path="/seller/messages"
          withWhom={(thread) => t("messages.from_customer", { name: thread.customer.name ?? t("messages.customer") })}
        />
      )}
    </>
  )
}
