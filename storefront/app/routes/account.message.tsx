import { data, Link } from "react-router"
import type { Route } from "./+types/account.message"
import { ThreadBody, ThreadSubject } from "../components/Messages"
import { langFromPath, useT } from "../i18n"
import { requireCustomer } from "../lib/customer.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { isNotFound } from "../lib/medusa.server"
import { messagesApi, threadAction, threadsNamedIn, type CustomerThread } from "../lib/messages.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("messages.title")

export async function loader({ request, url, params }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token } = await requireCustomer(request, url, lang)
  try {
    const { thread } = await messagesApi<{ thread: CustomerThread }>(
      token,
      `/store/messages/threads/${encodeURIComponent(params.id)}`,
    )
    const [named] = await threadsNamedIn(lang, [thread])
    return data({ thread: named }, { headers: privateNoStore })
  } catch (error) {
    if (isNotFound(error)) throw data(null, { status: 404 })
    throw error
  }
}

/** Reply, or report the thread to the marketplace office. */
export async function action({ request, url, params }: Route.ActionArgs) {
  const { token, session } = await requireCustomer(request, url, langFromPath(url.pathname))
  return threadAction(request, url, {
    token,
    session,
    path: `/store/messages/threads/${encodeURIComponent(params.id)}`,
  })
}

export default function MessageThreadPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  const { thread } = loaderData
  return (
    <>
      <p>
        <Link to={href("/account/messages")}>← {t("messages.title")}</Link>
      </p>
      <h1>
        <ThreadSubject thread={thread} />
      </h1>
      <p className="small">
        {t("messages.with_seller", { name: thread.seller.legal_name ?? "" })} ·{" "}
        {thread.subject.kind === "order" ? (
          <Link to={href(`/orders/${thread.subject.order_id}`)}>{t("messages.view_order")}</Link>
        ) : thread.subject.handle ? (
          <Link to={href(`/products/${thread.subject.handle}`)}>{t("messages.view_product")}</Link>
        ) : null}
      </p>
      <ThreadBody thread={thread} side="customer" actionData={actionData} />
    </>
  )
}
