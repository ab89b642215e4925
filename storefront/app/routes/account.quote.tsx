import { data, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/account.quote"
import { QuoteHead, QuoteMessages } from "../components/Quote"
import { IntentForm } from "../components/ui"
import { langFromPath, localePath, useT } from "../i18n"
import { requireCustomer } from "../lib/customer.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { errorStatus, isNotFound } from "../lib/medusa.server"
import { failureText } from "../lib/refusals.server"
import { commitSession } from "../lib/session.server"
import { quoteApi, quotesNamedIn, type Quote } from "../lib/wholesale.server"
import { privatePageMeta } from "../lib/seo"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export const meta = privatePageMeta("quotes.title")

export async function loader({ request, url, params }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token } = await requireCustomer(request, url, lang)
  try {
    const { quote } = await quoteApi<{ quote: Quote }>(token, `/${encodeURIComponent(params.id)}`)
    const [named] = await quotesNamedIn(lang, [quote])
    return data({ quote: named }, { headers: privateNoStore })
  } catch (error) {
    // Not a distributor's member (403): the quote is not theirs either
    if (isNotFound(error) || errorStatus(error) === 403) throw data(null, { status: 404 })
    throw error
  }
}

/** Accept (the quote becomes this browser's cart, then the checkout), decline, or write a message. */
export async function action({ request, url, params }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { token, session } = await requireCustomer(request, url, lang)
  const form = await request.formData()
  const intent = formIntent(form, ["accept", "decline", "message"])
  const path = `/${encodeURIComponent(params.id)}`
  try {
    if (intent === "accept") {
      const { cart_id } = await quoteApi<{ cart_id: string }>(token, `${path}/accept`, { method: "POST", body: {} })
      session.set("cartId", cart_id)
      return redirect(localePath(lang, "/checkout"), {
        headers: { "Set-Cookie": await commitSession(request, session) },
      })
    }
    if (intent === "decline") await quoteApi(token, `${path}/decline`, { method: "POST", body: {} })
    else {
      const body = String(form.get("body") ?? "").trim()
      if (!body) return data({ refusal: null }, { headers: privateNoStore })
      await quoteApi(token, `${path}/messages`, { method: "POST", body: { body } })
    }
  } catch (error) {
    if (error instanceof Response) throw error
    return data({ refusal: failureText(error, lang) }, { status: 400, headers: privateNoStore })
  }
  return redirect(url.pathname)
}

export default function QuotePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  const { quote } = loaderData
  const busy = useNavigation().state === "submitting"
  return (
    <>
      <p>
        <Link to={href("/account/quotes")}>← {t("quotes.title")}</Link>
      </p>
      <QuoteHead quote={quote} refusal={actionData?.refusal} />
      {quote.status === "answered" ? (
        <div className="seller-actions">
          <IntentForm intent="accept" label={t("quotes.accept")} primary busy={busy} />
          <IntentForm intent="decline" label={t("quotes.decline")} busy={busy} />
        </div>
      ) : null}
      {quote.status === "requested" ? <IntentForm intent="decline" label={t("quotes.withdraw")} busy={busy} /> : null}
      <QuoteMessages quote={quote} />
    </>
  )
}
