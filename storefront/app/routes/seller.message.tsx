import { data, Link } from "react-router"
import type { Route } from "./+types/seller.message"
import { ThreadBody, ThreadSubject } from "../components/Messages"
import { SellerNav } from "../components/SellerNav"
import { langFromPath, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { isNotFound } from "../lib/medusa.server"
import { messagesApi, threadAction, threadsNamedIn, type SellerThread } from "../lib/messages.server"
import { ownProductNames, requireSeller } from "../lib/seller.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("messages.title")

export async function loader({ request, url, params }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  try {
    const { thread } = await messagesApi<{ thread: SellerThread }>(
      token,
      `/sellers/me/messages/${encodeURIComponent(params.id)}`,
    )
    const [named] = await threadsNamedIn(lang, [thread], ownProductNames(token))
    return data({ sellerName: seller.legal_name, thread: named }, { headers: privateNoStore })
  } catch (error) {
    if (isNotFound(error)) throw data(null, { status: 404 })
    throw error
  }
}

/** The cooperative answers, or reports the thread to the marketplace office. */
export async function action({ request, url, params }: Route.ActionArgs) {
  const { token, session } = await requireSeller(request, url, langFromPath(url.pathname))
  return threadAction(request, url, { token, session, path: `/sellers/me/messages/${encodeURIComponent(params.id)}` })
}

export default function SellerMessageThread({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  const { thread } = loaderData
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <p>
        <Link to={href("/seller/messages")}>← {t("messages.title")}</Link>
      </p>
      <h1>
        <ThreadSubject thread={thread} />
      </h1>
      <p className="small">
        {t("messages.from_customer", { name: thread.customer.name ?? t("messages.customer") })}
        {thread.subject.kind === "order" ? (
          <>
            {" · "}
            <Link to={href(`/seller/orders/${thread.subject.seller_order_id}`)}>{t("messages.view_order")}</Link>
          </>
        ) : thread.subject.handle ? (
          <>
            {" · "}
            <Link to={href(`/products/${thread.subject.handle}`)}>{t("messages.view_product")}</Link>
          </>
        ) : null}
      </p>
      <ThreadBody thread={thread} side="seller" actionData={actionData} />
    </>
  )
}
