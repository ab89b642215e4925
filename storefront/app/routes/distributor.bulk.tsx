import { data, Form, redirect } from "react-router"
import type { Route } from "./+types/distributor.bulk"
import { Money, Notice } from "../components/ui"
import { formatNumber, intlLocale, langFromPath, localePath, translate, useT, type Lang } from "../i18n"
import { translateWholesale, useWholesaleT, type WholesaleKey } from "../i18n/wholesale"
import { itemCount } from "../lib/cart.server"
import { requireCustomer } from "../lib/customer.server"
import { findVariantsForGrid, refusalMessage, wholesaleApi, type GridVariant } from "../lib/distributor.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { authHeaders, requireVietnamRegionId, sdk } from "../lib/medusa.server"
import { formatMoney } from "../lib/money"
import { namesIn } from "../lib/products.server"
import { commitSession, type AppSession } from "../lib/session.server"
import type { BulkReport } from "@ocop/reference"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export function meta({ location }: Route.MetaArgs) {
  const lang = langFromPath(location.pathname)
  return [
    { title: `${translateWholesale(lang, "bulk.title")} — ${translate(lang, "site.name")}` },
    { name: "robots", content: "noindex" },
  ]
}

const GRID_ROWS = 8

type Outcome = { report: BulkReport | null; message: string | null }
type Found = { query: string; found: GridVariant[] | null }

async function check(token: string, body: Record<string, unknown>, lang: Lang): Promise<Outcome> {
  try {
    const report = await wholesaleApi<BulkReport>(token, "/store/wholesale/bulk/check", { method: "POST", body })
    // Names in the page's language (the report gives the Vietnamese ones).
    const names = await namesIn(
      lang,
      report.rows.map((row) => row.product_id),
    )
    const rows = report.rows.map((row) => ({
      ...row,
      title: row.title && names.product(row.product_id, row.title),
      variant_title: names.variant(row.product_id, row.variant_id, row.variant_title),
    }))
    return { report: { ...report, rows }, message: null }
  } catch (error) {
    return { report: null, message: refusalMessage(error, lang) }
  }
}

/**
 * ?reorder=<order id>: the lines of a past order, checked again as a bulk order.
 * ?q=<text>: the quick-order grid's search by name (variants with their SKU, to give quantities).
 */
export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token } = await requireCustomer(request, url, lang)
  const query = (url.searchParams.get("q") ?? "").trim().slice(0, 100)
  const search: Found = { query, found: query ? await findVariantsForGrid(token, query, lang) : null }
  const orderId = url.searchParams.get("reorder")
  if (!orderId) return data({ report: null, message: null, ...search }, { headers: privateNoStore })
  try {
    const { lines } = await wholesaleApi<{ lines: { sku: string; quantity: number }[] }>(
      token,
      `/store/wholesale/orders/${encodeURIComponent(orderId)}/lines`,
    )
    return data({ ...(await check(token, { lines }, lang)), ...search }, { headers: privateNoStore })
  } catch (error) {
    return data({ report: null, message: refusalMessage(error, lang), ...search }, { headers: privateNoStore })
  }
}

/** The customer's open cart in the session, or a new one (a guest or completed cart is not reused). */
async function customerCart(session: AppSession, token: string, customerId: string): Promise<string> {
  const id = session.get("cartId")
  if (id) {
    const { cart } = await sdk.store.cart
      .retrieve(id, { fields: "id,customer_id,completed_at" }, authHeaders(token))
      .catch(() => ({ cart: null }))
    if (cart && !cart.completed_at && cart.customer_id === customerId) return cart.id
  }
  const { cart } = await sdk.store.cart.create(
    { region_id: await requireVietnamRegionId(), shipping_address: { country_code: "vn" } },
    { fields: "id" },
    authHeaders(token),
  )
  session.set("cartId", cart.id)
  return cart.id
}

export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { session, token, customer } = await requireCustomer(request, url, lang)
  const form = await request.formData()
  const intent = formIntent(form, ["upload", "add", "check"])
  const skus = form.getAll("sku").map((v) => String(v).trim())
  const quantities = form.getAll("quantity").map((v) => String(v).trim())
  // The search results' rows count only where a quantity was given
  const foundSkus = form.getAll("found_sku").map((v) => String(v).trim())
  const foundQuantities = form.getAll("found_quantity").map((v) => String(v).trim())
  const lines = [
    ...skus.map((sku, i) => ({ sku, quantity: quantities[i] ?? "" })).filter((line) => line.sku || line.quantity),
    ...foundSkus.map((sku, i) => ({ sku, quantity: foundQuantities[i] ?? "" })).filter((line) => line.quantity),
  ]

  if (intent === "upload") {
    const file = form.get("file")
    if (!(file instanceof File) || file.size === 0)
      return data({ report: null, message: translateWholesale(lang, "bulk.empty") }, { status: 400 })
    const csv = Buffer.from(await file.arrayBuffer()).toString("base64")
    const outcome = await check(token, { csv }, lang)
    return data(outcome, { status: outcome.report ? 200 : 400, headers: privateNoStore })
  }
  if (!lines.length)
    return data(
      { report: null, message: translateWholesale(lang, "bulk.empty") },
      { status: 400, headers: privateNoStore },
    )
  if (intent === "add") {
    const cartId = await customerCart(session, token, customer.id)
    try {
      await wholesaleApi(token, "/store/wholesale/bulk/add", { method: "POST", body: { cart_id: cartId, lines } })
    } catch (error) {
      return data({ report: null, message: refusalMessage(error, lang) }, { status: 400, headers: privateNoStore })
    }
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,items.quantity" }, authHeaders(token))
    session.set("cartCount", itemCount(cart))
    throw redirect(localePath(lang, "/cart"), { headers: { "Set-Cookie": await commitSession(request, session) } })
  }
  const outcome = await check(token, { lines }, lang)
  return data(outcome, { status: outcome.report ? 200 : 400, headers: privateNoStore })
}

export default function BulkOrder({ loaderData, actionData }: Route.ComponentProps) {
  const w = useWholesaleT()
  const { lang } = useT()
  const { report, message } = actionData ?? loaderData
  const { query, found } = loaderData
  const valid = report?.rows.filter((row) => row.ok) ?? []
  return (
    <>
      <h1>{w("bulk.title")}</h1>
      <p>{w("bulk.intro")}</p>
      {message ? <Notice kind="error">{message}</Notice> : null}

      {report ? (
        <section className="bulk-report" aria-labelledby="bulk-report">
          <h2 id="bulk-report">{w("bulk.report")}</h2>
          <p className="bulk-summary">
            {w("bulk.summary", {
              ok: report.summary.ok,
              lines: report.summary.lines,
              units: formatNumber(report.summary.units, lang),
              total: formatMoney(report.summary.total, "vnd", intlLocale(lang)),
            })}
          </p>
          <table>
            <thead>
              <tr>
                <th>{w("bulk.line")}</th>
                <th>{w("bulk.sku")}</th>
                <th>{w("bulk.quantity")}</th>
                <th>{w("bulk.product")}</th>
                <th>{w("bulk.seller")}</th>
                <th>{w("bulk.unit_price")}</th>
                <th>{w("bulk.line_total")}</th>
                <th>{w("bulk.problems")}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.line} className={row.ok ? "ok" : "has-problem"} data-sku={row.sku}>
                  <td>{row.line}</td>
                  <td>{row.sku}</td>
                  <td>{row.quantity == null ? "—" : formatNumber(row.quantity, lang)}</td>
                  <td>{row.title ? `${row.title} — ${row.variant_title}` : "—"}</td>
                  <td>{row.seller?.name ?? "—"}</td>
                  <td>{row.unit_price == null ? "—" : <Money amount={row.unit_price} />}</td>
                  <td>{row.line_total == null ? "—" : <Money amount={row.line_total} />}</td>
                  <td>
                    {row.ok
                      ? w("bulk.ok")
                      : row.problems.map((p, i) => (
                          <span key={p.code} className="problem" data-code={p.code}>
                            {i > 0 ? <br /> : null}
                            {w(`problem.${p.code}` as WholesaleKey)}
                          </span>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {valid.length ? (
            <Form method="post">
              <input type="hidden" name="intent" value="add" />
              {valid.map((row) => (
                <span key={row.line}>
                  <input type="hidden" name="sku" value={row.sku} />
                  <input type="hidden" name="quantity" value={String(row.quantity)} />
                </span>
              ))}
              <button type="submit" className="button primary">
                {w("bulk.add", { count: valid.length })}
              </button>
            </Form>
          ) : (
            <p>{w("bulk.none_valid")}</p>
          )}
        </section>
      ) : null}

      <h2>{w("bulk.csv")}</h2>
      <Form method="post" encType="multipart/form-data" className="narrow" noValidate>
        <input type="hidden" name="intent" value="upload" />
        <label htmlFor="bulk-file">{w("bulk.csv")}</label>
        <input id="bulk-file" type="file" name="file" accept=".csv,text/csv" required />
        <button type="submit" className="button">
          {w("bulk.upload")}
        </button>
      </Form>

      <h2>{w("bulk.grid")}</h2>
      <Form method="get" className="bulk-find" role="search">
        <label htmlFor="bulk-find">{w("bulk.find")}</label>
        <input id="bulk-find" type="search" name="q" defaultValue={query} maxLength={100} />
        <button type="submit" className="button">
          {w("bulk.find_button")}
        </button>
      </Form>
      {found ? (
        found.length ? (
          <Form method="post" className="bulk-grid bulk-found">
            <input type="hidden" name="intent" value="check" />
            <p>{w("bulk.found", { q: query })}</p>
            <table>
              <thead>
                <tr>
                  <th>{w("bulk.product")}</th>
                  <th>{w("bulk.sku")}</th>
                  <th>{w("bulk.quantity")}</th>
                </tr>
              </thead>
              <tbody>
                {found.map((variant) => (
                  <tr key={variant.sku} data-sku={variant.sku}>
                    <td>{`${variant.product} — ${variant.variant}`}</td>
                    <td>{variant.sku}</td>
                    <td>
                      <input type="hidden" name="found_sku" value={variant.sku} />
                      <input
                        name="found_quantity"
                        aria-label={`${w("bulk.quantity")} ${variant.sku}`}
                        inputMode="numeric"
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="submit" className="button">
              {w("bulk.check")}
            </button>
          </Form>
        ) : (
          <p>{w("bulk.found_none", { q: query })}</p>
        )
      ) : null}
      <Form method="post" className="bulk-grid">
        <input type="hidden" name="intent" value="check" />
        <table>
          <thead>
            <tr>
              <th>{w("bulk.sku")}</th>
              <th>{w("bulk.quantity")}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: GRID_ROWS }, (_, i) => (
              <tr key={i}>
                <td>
                  <input name="sku" aria-label={`${w("bulk.sku")} ${i + 1}`} autoComplete="off" />
                </td>
                <td>
                  <input name="quantity" aria-label={`${w("bulk.quantity")} ${i + 1}`} inputMode="numeric" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" className="button">
          {w("bulk.check")}
        </button>
      </Form>
    </>
  )
}
