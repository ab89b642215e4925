import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/account.messages"
import { MessageField, ThreadList } from "../components/Messages"
import { Notice } from "../components/ui"
import { langFromPath, localePath, useT, type MessageKey } from "../i18n"
import { getCustomer, requireCustomer } from "../lib/customer.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { authHeaders, errorStatus, sdk } from "../lib/medusa.server"
import {
  messageBody,
  messagesApi,
  threadsNamedIn,
  type CustomerThread,
  type ThreadMessage,
} from "../lib/messages.server"
import { failureText } from "../lib/refusals.server"
import { safeReturnPath } from "../lib/return-path"
import { commitSession, getSession } from "../lib/session.server"
import { privatePageMeta } from "../lib/seo"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export const meta = privatePageMeta("messages.title")

/** A question being written: about a product (from its page) or about an order and one of its sellers. */
type Draft =
  | { kind: "product"; product_id: string; title: string; return: string }
  | { kind: "order"; order_id: string; seller_id: string; seller_name: string }

/** The seller of the customer's order named in ?order=&seller= (from the order page), or null. */
async function orderDraft(token: string, orderId: string | null, sellerId: string | null): Promise<Draft | null> {
  if (!orderId || !sellerId) return null
  const shipments = await sdk.client
    .fetch<{ shipments: { seller: { id: string; legal_name: string } }[] }>(
      `/store/ocop/orders/${encodeURIComponent(orderId)}/shipments`,
      { headers: authHeaders(token) },
    )
    .then((answer) => answer.shipments)
    .catch((error) => {
      if (errorStatus(error) === 404) return []
      throw error
    })
  const seller = shipments.find((s) => s.seller.id === sellerId)?.seller
  return seller ? { kind: "order", order_id: orderId, seller_id: seller.id, seller_name: seller.legal_name } : null
}

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token } = await requireCustomer(request, url, lang)
  const orderId = url.searchParams.get("order")
  const [{ threads }, draft] = await Promise.all([
    messagesApi<{ threads: CustomerThread[] }>(token, "/store/messages/threads", { query: { limit: 100 } }),
    orderDraft(token, orderId, url.searchParams.get("seller")),
  ])
  return data(
    { threads: await threadsNamedIn(lang, threads), draft, orderNotFound: Boolean(orderId && !draft) },
    { headers: privateNoStore },
  )
}

type ActionData = { draft: Draft; body: string; error: MessageKey | null; refusal: string | null }

/** Sends a question (from a product page, or about an order); a signed-out visitor signs in first. */
export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const form = await request.formData()
  const session = await getSession(request)
  const draft: Draft =
    formIntent(form, ["ask", "order"]) === "order"
      ? {
          kind: "order",
          order_id: String(form.get("order_id") ?? ""),
          seller_id: String(form.get("seller_id") ?? ""),
          seller_name: String(form.get("seller_name") ?? ""),
        }
      : {
          kind: "product",
          product_id: String(form.get("product_id") ?? ""),
          title: String(form.get("title") ?? "").slice(0, 200),
          return: safeReturnPath(form.get("return"), localePath(lang, "/products")),
        }
  if (!(await getCustomer(session))) {
    const back = draft.kind === "product" ? draft.return : localePath(lang, "/account/messages")
    throw redirect(`${localePath(lang, "/account/login")}?next=${encodeURIComponent(back)}`, {
      headers: { "Set-Cookie": await commitSession(request, session) },
    })
  }
  const token = session.get("token")!
  const checked = messageBody(form.get("body"))
  const body = String(form.get("body") ?? "")
  if (!checked.ok)
    return data<ActionData>(
      { draft, body, error: checked.error, refusal: null },
      { status: 400, headers: privateNoStore },
    )
  try {
    const answer = await messagesApi<{ thread: CustomerThread; message: ThreadMessage }>(
      token,
      "/store/messages/threads",
      {
        method: "POST",
        body:
          draft.kind === "product"
            ? { product_id: draft.product_id, body: checked.body }
            : { order_id: draft.order_id, seller_id: draft.seller_id, body: checked.body },
      },
    )
    session.flash("flash", { kind: "success", key: "messages.sent" })
    return redirect(localePath(lang, `/account/messages/${answer.thread.id}`), {
      headers: { "Set-Cookie": await commitSession(request, session) },
    })
  } catch (error) {
    const notFound: MessageKey =
      draft.kind === "product" ? "messages.error.not_askable" : "messages.error.order_not_found"
    return data<ActionData>(
      { draft, body, error: null, refusal: failureText(error, lang, { notFound }) },
      { status: errorStatus(error) === 429 ? 429 : 400, headers: privateNoStore },
    )
  }
}

function QuestionForm({ draft, body, error }: { draft: Draft; body?: string; error?: MessageKey | null }) {
  const { t } = useT()
  return (
    <Form method="post" className="message-question">
      <h2>
        {draft.kind === "product"
          ? t("messages.product.title", { title: draft.title })
          : t("messages.order.title", { seller: draft.seller_name })}
      </h2>
      {draft.kind === "product" ? (
        <>
          <input type="hidden" name="intent" value="ask" />
          <input type="hidden" name="product_id" value={draft.product_id} />
          <input type="hidden" name="title" value={draft.title} />
          <input type="hidden" name="return" value={draft.return} />
        </>
      ) : (
        <>
          <input type="hidden" name="intent" value="order" />
          <input type="hidden" name="order_id" value={draft.order_id} />
          <input type="hidden" name="seller_id" value={draft.seller_id} />
          <input type="hidden" name="seller_name" value={draft.seller_name} />
        </>
      )}
      <MessageField id="f-question" label="messages.ask.label" error={error} defaultValue={body} />
      <button type="submit" className="button primary">
        {t("messages.ask.send")}
      </button>
    </Form>
  )
}

export default function Messages({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  const { threads } = loaderData
  const draft = actionData?.draft ?? loaderData.draft
  return (
    <>
      <p>
        <Link to={href("/account")}>← {t("account.title")}</Link>
      </p>
      <h1>{t("messages.title")}</h1>
      {actionData?.refusal ? <Notice kind="error">{actionData.refusal}</Notice> : null}
      {loaderData.orderNotFound ? <Notice kind="error">{t("messages.error.order_not_found")}</Notice> : null}
      {draft ? <QuestionForm draft={draft} body={actionData?.body} error={actionData?.error} /> : null}
      {threads.length === 0 ? (
        <p data-testid="messages-none">{t("messages.none")}</p>
      ) : (
        <ThreadList
          threads={threads}
          path="/account/messages"
          withWhom={(thread) => t("messages.with_seller", { name: thread.seller.legal_name ?? "" })}
        />
      )}
    </>
  )
}
