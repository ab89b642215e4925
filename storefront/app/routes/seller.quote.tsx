import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/seller.quote"
import { QuoteHead, QuoteMessages } from "../components/Quote"
import { SellerNav } from "../components/SellerNav"
import { Notice, TextField } from "../components/ui"
import { formatNumber, langFromPath, useT, type MessageKey } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { isNotFound } from "../lib/medusa.server"
import { ownProductNames, refusal, requireSeller, sellerApi } from "../lib/seller.server"
import { commitSession } from "../lib/session.server"
import { quotesNamedIn, type Quote } from "../lib/wholesale.server"
import { privatePageMeta } from "../lib/seo"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export const meta = privatePageMeta("quotes.title")

export async function loader({ request, url, params }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  try {
    const { quote } = await sellerApi<{ quote: Quote }>(token, `/sellers/me/quotes/${encodeURIComponent(params.id)}`)
    const [named] = await quotesNamedIn(lang, [quote], ownProductNames(token))
    return data({ sellerName: seller.legal_name, quote: named }, { headers: privateNoStore })
  } catch (error) {
    if (isNotFound(error)) throw data(null, { status: 404 })
    throw error
  }
}

type AnswerField = "unit_price" | "valid_until" | "delivery_date"

/** Answer (price per unit in VND, last valid day, promised delivery day, note) or write a message. */
export async function action({ request, url, params }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { token, session } = await requireSeller(request, url, langFromPath(url.pathname))
  const form = await request.formData()
  const intent = formIntent(form, ["answer", "message"])
  const path = `/sellers/me/quotes/${encodeURIComponent(params.id)}`
  const errors: Partial<Record<AnswerField, MessageKey>> = {}
  try {
    if (intent === "answer") {
      const price = String(form.get("unit_price") ?? "").replace(/[.\s]/g, "")
      const validUntil = String(form.get("valid_until") ?? "").trim()
      const deliveryDate = String(form.get("delivery_date") ?? "").trim()
      if (!/^\d{1,12}$/.test(price) || Number(price) <= 0) errors.unit_price = "error.price.invalid"
      if (!/^\d{4}-\d{2}-\d{2}$/.test(validUntil)) errors.valid_until = "quotes.error.valid_until"
      if (deliveryDate && !/^\d{4}-\d{2}-\d{2}$/.test(deliveryDate)) errors.delivery_date = "quotes.error.delivery_date"
      if (Object.keys(errors).length) return data({ errors, refusal: null }, { status: 400, headers: privateNoStore })
      const note = String(form.get("note") ?? "").trim()
      await sellerApi(token, `${path}/answer`, {
        method: "POST",
        body: {
          unit_price: Number(price),
          valid_until: validUntil,
          ...(deliveryDate ? { delivery_date: deliveryDate } : {}),
          ...(note ? { note } : {}),
        },
      })
      session.flash("flash", { kind: "success", key: "quotes.answered" })
    } else {
      const body = String(form.get("body") ?? "").trim()
      if (body) await sellerApi(token, `${path}/messages`, { method: "POST", body: { body } })
    }
  } catch (error) {
    return data({ errors, refusal: refusal(error, lang) }, { status: 400, headers: privateNoStore })
  }
  return redirect(url.pathname, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

export default function SellerQuote({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const { quote } = loaderData
  const errors: Partial<Record<AnswerField, MessageKey>> = actionData?.errors ?? {}
  const canAnswer = quote.status === "requested" || quote.status === "answered" || quote.status === "expired"
  const short = canAnswer && quote.available != null && quote.available < quote.quantity
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <QuoteHead quote={quote} refusal={actionData?.refusal} />
      {short ? (
        <Notice kind="info">
          <span data-testid="quote-stock-short">
            {t("quotes.stock_short", {
              available: formatNumber(quote.available!, lang),
              quantity: formatNumber(quote.quantity, lang),
            })}
          </span>{" "}
          <Link to={href(`/seller/products/${quote.product_id}`)}>{t("quotes.update_stock")}</Link>
        </Notice>
      ) : null}
      {canAnswer ? (
        <Form method="post" className="quote-answer" noValidate>
          <h2>{quote.status === "requested" ? t("quotes.answer") : t("quotes.renew")}</h2>
          <input type="hidden" name="intent" value="answer" />
          <TextField
            name="unit_price"
            label={t("quotes.unit_price_vnd")}
            inputMode="numeric"
            required
            error={errors.unit_price}
            defaultValue={quote.unit_price ? String(quote.unit_price) : ""}
          />
          <TextField
            name="valid_until"
            type="date"
            label={t("quotes.valid_until")}
            required
            error={errors.valid_until}
            defaultValue={quote.valid_until ?? ""}
          />
          <TextField
            name="delivery_date"
            type="date"
            label={t("quotes.delivery_date")}
            hint={t("quotes.delivery_date_hint")}
            error={errors.delivery_date}
            defaultValue={quote.delivery_date ?? ""}
          />
          <TextField
            name="note"
            label={t("quotes.seller_note")}
            rows={2}
            maxLength={2000}
            defaultValue={quote.seller_note ?? ""}
          />
          <button type="submit" className="button primary">
            {t("quotes.send_answer")}
          </button>
        </Form>
      ) : null}
      <QuoteMessages quote={quote} />
    </>
  )
}
