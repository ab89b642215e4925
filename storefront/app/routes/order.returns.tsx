import { data, Link, redirect } from "react-router"
import type { Route } from "./+types/order.returns"
import { OrderReturns, type ReturnFormErrors } from "../components/OrderReturns"
import { langFromPath, localePath, translate, useT, type MessageKey } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { errorMessage, isNotFound } from "../lib/medusa.server"
import { failureText } from "../lib/refusals.server"
import { escalateReturn, orderAccess, orderReturns, requestReturn } from "../lib/returns.server"
import { commitSession, getSession } from "../lib/session.server"
import { privatePageMeta } from "../lib/seo"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export const meta = privatePageMeta("returns.title")

/** The returns of one order (its buyer, or a guest with the order's token), on a page of their own. */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const session = await getSession(request)
  const { headers } = orderAccess(session, params.id, url)
  try {
    const returns = await orderReturns(params.id, headers)
    return data({ orderId: params.id, returns, token: url.searchParams.get("token") }, { headers: privateNoStore })
  } catch (error) {
    if (isNotFound(error)) throw data(null, { status: 404 })
    throw error
  }
}

const MAX_PHOTOS = 4

/** The request form's fields, checked here first so that a mistake is said next to its field. */
function readRequest(form: FormData) {
  const errors: Partial<Record<string, MessageKey>> = {}
  const lines: { item_id: string; quantity: number }[] = []
  for (const [name, value] of form.entries()) {
    if (!name.startsWith("qty:")) continue
    const text = String(value).trim()
    if (!text || text === "0") continue
    const quantity = Number(text)
    if (!Number.isInteger(quantity) || quantity < 0) errors.lines = "returns.error.quantity"
    else lines.push({ item_id: name.slice(4), quantity })
  }
  if (!lines.length && !errors.lines) errors.lines = "returns.error.no_lines"
  const reason = String(form.get("reason") ?? "")
  const note = String(form.get("note") ?? "").trim()
  if (reason === "other" && note.length < 3) errors.note = "returns.error.note"
  const photos = form.getAll("photos").filter((value): value is File => typeof value !== "string" && value.size > 0)
  if (photos.length > MAX_PHOTOS) errors.photos = "returns.error.photos"
  const hasAccount = form.has("account_number")
  const account = {
    bank: String(form.get("bank") ?? "").trim(),
    account_number: String(form.get("account_number") ?? "").replace(/[\s.-]/g, ""),
    holder: String(form.get("holder") ?? "").trim(),
  }
  if (hasAccount) {
    if (account.bank.length < 2) errors.bank = "returns.error.bank"
    if (!/^\d{6,19}$/.test(account.account_number)) errors.account_number = "returns.error.account_number"
    if (!/^[\p{L} .'-]{2,100}$/u.test(account.holder)) errors.holder = "returns.error.holder"
  }
  return {
    errors,
    photos,
    body: {
      seller_order_id: String(form.get("seller_order_id") ?? ""),
      reason,
      note,
      lines,
      refund_account: hasAccount ? account : null,
    },
  }
}

export async function action({ request, params, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const session = await getSession(request)
  const { headers } = orderAccess(session, params.id, url)
  const form = await request.formData()
  const intent = formIntent(form, ["request", "escalate"])
  const token = url.searchParams.get("token")
  const back =
    localePath(lang, `/orders/${params.id}`) + (token ? `?token=${encodeURIComponent(token)}` : "") + "#returns"
  const fail = (failed: ReturnFormErrors) => data({ failed }, { status: 400, headers: privateNoStore })
  if (intent === "request") {
    const { errors, photos, body } = readRequest(form)
    if (Object.keys(errors).length) return fail({ partId: body.seller_order_id, errors, refusal: null })
    try {
      await requestReturn(params.id, headers, body, photos)
    } catch (error) {
      // A photo the backend could not read is said as such; every other refusal by its rule.
      const refusal = /^files\b/.test(errorMessage(error))
        ? translate(lang, "returns.error.photos")
        : failureText(error, lang)
      return fail({ partId: body.seller_order_id, errors: {}, refusal })
    }
    session.flash("flash", { kind: "success", key: "returns.sent" })
  } else {
    const returnId = String(form.get("return_id") ?? "")
    const note = String(form.get("note") ?? "").trim()
    try {
      await escalateReturn(params.id, returnId, headers, note)
    } catch (error) {
      return fail({ partId: "", errors: {}, refusal: failureText(error, lang) })
    }
    session.flash("flash", { kind: "success", key: "returns.escalated_sent" })
  }
  return redirect(back, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

export default function OrderReturnsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  const failed = actionData?.failed ?? null
  const token = loaderData.token
  return (
    <article className="order-page">
      <h1>{t("returns.title")}</h1>
      {failed && !failed.partId && failed.refusal ? <p className="notice error">{failed.refusal}</p> : null}
      <OrderReturns orderId={loaderData.orderId} data={loaderData.returns} token={token} failed={failed} />
      <p>
        <Link to={href(`/orders/${loaderData.orderId}`) + (token ? `?token=${encodeURIComponent(token)}` : "")}>
          {t("order.title")}
        </Link>
      </p>
    </article>
  )
}
