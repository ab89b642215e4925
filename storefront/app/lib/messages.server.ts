/**
 * Messages between buyers and cooperatives (the messages plugin's API) from the storefront's
 * server: the customer's threads (`/store/messages`) and the seller's (`/sellers/me/messages`).
 */
import { data, redirect } from "react-router"
import { langFromPath, type Lang, type MessageKey } from "../i18n"
import { privateNoStore } from "./http.server"
import { authHeaders, errorStatus, sdk } from "./medusa.server"
import { namesIn } from "./products.server"
import { failureText } from "./refusals.server"
import { commitSession, type AppSession } from "./session.server"
import { formIntent } from "./intent.server"

/** The longest message the backend takes (characters). */
export const MAX_MESSAGE_LENGTH = 2000

export type ThreadMessage = {
  id: string
  author: "customer" | "seller" | "admin"
  body: string
  masked: boolean
  created_at: string
}

type ThreadBase = {
  id: string
  status: "open" | "reported"
  reported: boolean
  unread: number
  last_message_at: string
  messages?: ThreadMessage[]
}

export type CustomerThread = ThreadBase & {
  seller: { id: string; legal_name: string | null }
  subject:
    | { kind: "product"; title: string; product_id: string; handle: string | null }
    | { kind: "order"; title: string; order_id: string; number: string }
}

export type SellerThread = ThreadBase & {
  customer: { name: string | null }
  subject:
    | { kind: "product"; title: string; product_id: string; handle: string | null }
    | { kind: "order"; title: string; seller_order_id: string; number: string }
}

/**
 * Threads with the product they are about named in the page's language (a thread keeps the name
 * it was asked with); `unlisted` as for namesIn (the seller's own drafts).
 */
export async function threadsNamedIn<T extends CustomerThread | SellerThread>(
  lang: Lang,
  threads: T[],
  unlisted?: Parameters<typeof namesIn>[2],
): Promise<T[]> {
  const names = await namesIn(
    lang,
    threads.map((thread) => (thread.subject.kind === "product" ? thread.subject.product_id : null)),
    unlisted,
  )
  return threads.map((thread) =>
    thread.subject.kind === "product"
      ? {
          ...thread,
          subject: { ...thread.subject, title: names.product(thread.subject.product_id, thread.subject.title) },
        }
      : thread,
  )
}

type Init = { method?: "GET" | "POST"; body?: Record<string, unknown>; query?: Record<string, string | number> }

/** A call to the messages API as the signed-in customer or seller member (same JSON either way). */
export function messagesApi<T>(token: string, path: string, init: Init = {}): Promise<T> {
  return sdk.client.fetch<T>(path, {
    method: init.method ?? "GET",
    body: init.body,
    query: init.query,
    headers: authHeaders(token),
  })
}

/**
 * A message as typed into a form, or the sentence that says what is wrong with it (checked here so
 * that a page answers without a round trip; the backend checks again).
 */
export function messageBody(
  value: FormDataEntryValue | null,
): { ok: true; body: string } | { ok: false; error: "messages.error.empty" | "messages.error.too_long" } {
  const body = String(value ?? "").trim()
  if (!body) return { ok: false, error: "messages.error.empty" }
  if (body.length > MAX_MESSAGE_LENGTH) return { ok: false, error: "messages.error.too_long" }
  return { ok: true, body }
}

/** What a thread page's action gives back when it refuses: the field's sentence, or the backend's refusal in words. */
export type ThreadActionData = {
  replyError: MessageKey | null
  reportError: MessageKey | null
  refusal: string | null
  draft: string
}

/**
 * A thread page's action, the customer's and the seller's alike (`path` is the thread in that
 * side's API): a reply (checked here, then sent), or a report to the marketplace office with a
 * reason. Done: back to the thread with a flash; refused: the sentence beside the form, the draft
 * kept (429 when the hourly limit is reached).
 */
export async function threadAction(
  request: Request,
  url: URL,
  { token, session, path }: { token: string; session: AppSession; path: string },
) {
  const lang = langFromPath(url.pathname)
  const form = await request.formData()
  const intent = formIntent(form, ["reply", "report"])
  const draft = String(form.get("body") ?? "")
  const refused = (fields: Partial<ThreadActionData>, status = 400) =>
    data<ThreadActionData>(
      { replyError: null, reportError: null, refusal: null, draft, ...fields },
      { status, headers: privateNoStore },
    )
  try {
    if (intent === "report") {
      const reason = String(form.get("reason") ?? "").trim()
      if (!reason) return refused({ reportError: "messages.error.reason_empty" })
      await messagesApi(token, `${path}/report`, { method: "POST", body: { reason } })
      session.flash("flash", { kind: "success", key: "messages.reported" })
    } else {
      const checked = messageBody(form.get("body"))
      if (!checked.ok) return refused({ replyError: checked.error })
      await messagesApi(token, `${path}/messages`, { method: "POST", body: { body: checked.body } })
      session.flash("flash", { kind: "success", key: "messages.sent" })
    }
  } catch (error) {
    return refused({ refusal: failureText(error, lang) }, errorStatus(error) === 429 ? 429 : 400)
  }
  return redirect(url.pathname, { headers: { "Set-Cookie": await commitSession(request, session) } })
}
