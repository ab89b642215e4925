import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/account.quotes"
import { FieldError, Notice, TextField } from "../components/ui"
import { formatNumber, langFromPath, localePath, useT, type Lang, type MessageKey, type Params } from "../i18n"
import { requireCustomer } from "../lib/customer.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { errorStatus, sdk } from "../lib/medusa.server"
import { nameInLang } from "../lib/products"
import { failureText } from "../lib/refusals.server"
import { commitSession } from "../lib/session.server"
import { MAX_QUOTE_QUANTITY, parseQuantity } from "../lib/validation"
import { Pages } from "../components/Pages"
import { QuoteList } from "../components/Quote"
import { listPage, pageCount } from "../lib/list-page"
import { quoteApi, quotesNamedIn, type Quote } from "../lib/wholesale.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("quotes.title")

/** The product a request is about (?product=handle): its variants to ask a price for. */
async function productToQuote(handle: string | null, lang: Lang) {
  if (!handle) return null
  const { products } = await sdk.store.product.list({ handle, fields: "id,title,handle,metadata,*variants" })
  const product = products[0]
  if (!product) return null
  return {
    title: nameInLang(lang, product.title, product.metadata),
    handle: product.handle,
    variants: (product.variants ?? []).map((variant) => ({
      id: variant.id,
      title: nameInLang(lang, variant.title ?? "", variant.metadata),
      sku: variant.sku ?? "",
    })),
  }
}

/**
 * The distributor's quotes, and (with ?product=) the request form for that product. A customer who
 * is not a distributor's member (the API answers 403) gets a page that says how to become one.
 */
const PAGE_SIZE = 20

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token } = await requireCustomer(request, url, lang)
  const { page, limit, offset } = listPage(url, PAGE_SIZE)
  const [answer, product] = await Promise.all([
    quoteApi<{ quotes: Quote[]; count: number }>(token, `?limit=${limit}&offset=${offset}`).catch((error) => {
      if (errorStatus(error) === 403) return null
      throw error
    }),
    productToQuote(url.searchParams.get("product"), lang),
  ])
  if (!answer) {
    return data(
      { quotes: [] as Quote[], product: null, distributor: false, page, pages: 1 },
      { headers: privateNoStore },
    )
  }
  const quotes = await quotesNamedIn(lang, answer.quotes)
  return data(
    { quotes, product, distributor: true, page, pages: pageCount(answer.count, limit) },
    { headers: privateNoStore },
  )
}

export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { token, session } = await requireCustomer(request, url, lang)
  const form = await request.formData()
  const lines: { variant_id: string; quantity: number }[] = []
  let quantityError: MessageKey | null = null
  let errorParams: Params | undefined
  // The quantity an error is about (the first one, when none is given): marked, and it takes the focus.
  let errorVariant: string | null = null
  const variantIds = form.getAll("variant_id").map(String)
  for (const variantId of variantIds) {
    const raw = String(form.get(`quantity_${variantId}`) ?? "").trim()
    if (!raw) continue
    const parsed = parseQuantity(raw, { max: MAX_QUOTE_QUANTITY })
    if (parsed.ok) lines.push({ variant_id: variantId, quantity: parsed.quantity })
    else if (!quantityError) {
      quantityError = parsed.error
      errorParams = { max: formatNumber(parsed.params.max, lang) }
      errorVariant = variantId
    }
  }
  if (quantityError || !lines.length) {
    return data(
      {
        error: quantityError ?? ("quotes.error.no_lines" as MessageKey),
        errorParams,
        errorVariant: errorVariant ?? variantIds[0] ?? null,
        refusal: null,
      },
      { status: 400, headers: privateNoStore },
    )
  }
  const message = String(form.get("message") ?? "").trim()
  try {
    await quoteApi(token, "", { method: "POST", body: { lines, ...(message ? { message } : {}) } })
  } catch (error) {
    return data(
      { error: null, errorParams: undefined, errorVariant: null, refusal: failureText(error, lang) },
      { status: 400, headers: privateNoStore },
    )
  }
  session.flash("flash", { kind: "success", key: "quotes.requested" })
  return redirect(localePath(lang, "/account/quotes"), {
    headers: { "Set-Cookie": await commitSession(request, session) },
  })
}

export default function Quotes({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  const { quotes, product, distributor } = loaderData
  if (!distributor) {
    return (
      <>
        <p>
          <Link to={href("/account")}>← {t("account.title")}</Link>
        </p>
        <h1>{t("quotes.title")}</h1>
        <p data-testid="quotes-not-distributor">{t("quotes.not_distributor")}</p>
        <p>
          <Link className="button primary" to={href("/distributor/register")}>
            {t("quotes.register_distributor")}
          </Link>{" "}
          <Link className="button" to={href("/distributor")}>
            {t("quotes.see_invitations")}
          </Link>
        </p>
      </>
    )
  }
  return (
    <>
      <p>
        <Link to={href("/account")}>← {t("account.title")}</Link>
      </p>
      <h1>{t("quotes.title")}</h1>
      {actionData?.refusal ? <Notice kind="error">{t("seller.refused", { reason: actionData.refusal })}</Notice> : null}
      {product ? (
        <Form method="post" className="quote-request" noValidate>
          <h2>{t("quotes.request_for", { title: product.title })}</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("quotes.variant")}</th>
                <th scope="col">{t("quotes.quantity")}</th>
              </tr>
            </thead>
            <tbody>
              {product.variants.map((variant) => (
                <tr key={variant.id}>
                  <td>
                    <label htmlFor={`q-${variant.id}`}>
                      {variant.title} {variant.sku ? `(${variant.sku})` : ""}
                    </label>
                    <input type="hidden" name="variant_id" value={variant.id} />
                  </td>
                  <td>
                    <input
                      id={`q-${variant.id}`}
                      name={`quantity_${variant.id}`}
                      inputMode="numeric"
                      size={8}
                      aria-invalid={actionData?.errorVariant === variant.id || undefined}
                      aria-describedby={actionData?.errorVariant === variant.id ? "quote-error" : undefined}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <FieldError id="quote-error" error={actionData?.error ?? undefined} params={actionData?.errorParams} />
          <TextField name="message" label={t("quotes.message")} rows={3} maxLength={2000} />
          <button type="submit" className="button primary">
            {t("quotes.send_request")}
          </button>
        </Form>
      ) : (
        <p className="hint">{t("quotes.how_to_request")}</p>
      )}
      <h2>{t("quotes.list")}</h2>
      <QuoteList quotes={quotes} basePath="/account/quotes" withSeller />
      <Pages page={loaderData.page} pages={loaderData.pages} />
    </>
  )
}
