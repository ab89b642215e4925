import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/seller.live"
import { EventWhen } from "../components/EventWhen"
import { SellerNav } from "../components/SellerNav"
import { FieldError, Money, Notice } from "../components/ui"
import { intlLocale, langFromPath, useT, type MessageKey } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import type { LiveDiscount } from "../lib/live"
import { formatMoney } from "../lib/money"
import {
  pinLiveProduct,
  reorderLivePins,
  sellerLiveSessions,
  unpinLiveProduct,
  type SellerLiveSession,
} from "../lib/live.server"
import { refusalKeys } from "../lib/refusals.server"
import { nameInLang } from "../lib/products"
import { namesIn } from "../lib/products.server"
import { ownProductNames, requireSeller, sellerApi, type SellerProduct } from "../lib/seller.server"
import { commitSession } from "../lib/session.server"
import { privatePageMeta } from "../lib/seo"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export const meta = privatePageMeta("live.seller.title")

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  const [{ sessions }, { products }] = await Promise.all([
    sellerLiveSessions(token),
    // The products a session can pin: the newest 100 (the most one page of the list gives).
    sellerApi<{ products: SellerProduct[] }>(token, "/sellers/me/products?limit=100"),
  ])
  // The pinned products (the other cooperatives' too) and the seller's own by their names in the page's language.
  const names = await namesIn(
    lang,
    sessions.flatMap((session) => session.pins.map((pin) => pin.product_id)),
    ownProductNames(token),
  )
  return data(
    {
      sellerName: seller.legal_name,
      sessions: sessions.map((session) => ({
        ...session,
        pins: session.pins.map((pin) => ({ ...pin, title: names.product(pin.product_id, pin.title) })),
      })),
      products: products.map((product) => ({ id: product.id, title: nameInLang(lang, product.title, product) })),
    },
    { headers: privateNoStore },
  )
}

type Errors = Partial<Record<"product_id" | "discount_value", MessageKey>>

/** The cooperative's own pins of a session in order, with one moved a place up or down. */
function movedOrder(session: SellerLiveSession, productId: string, direction: "up" | "down") {
  const own = session.pins.filter((pin) => pin.own).map((pin) => pin.product_id)
  const at = own.indexOf(productId)
  const to = direction === "up" ? at - 1 : at + 1
  if (at < 0 || to < 0 || to >= own.length) return null
  ;[own[at], own[to]] = [own[to], own[at]]
  return own
}

export async function action({ request, url }: Route.ActionArgs) {
  const { token, session } = await requireSeller(request, url, langFromPath(url.pathname))
  const form = await request.formData()
  const get = (name: string) => String(form.get(name) ?? "").trim()
  const sessionId = get("session_id")
  const productId = get("product_id")
  const intent = formIntent(form, ["pin", "unpin", "up", "down"])
  const values = {
    session_id: sessionId,
    product_id: productId,
    discount_type: get("discount_type"),
    discount_value: get("discount_value"),
  }
  const failed = (errors: Errors, refusal: MessageKey[] | null = null) =>
    data({ sessionId, errors, values, refusal }, { status: 400, headers: privateNoStore })

  try {
    if (intent === "unpin") await unpinLiveProduct(token, sessionId, productId)
    else if (intent === "up" || intent === "down") {
      const { sessions } = await sellerLiveSessions(token)
      const current = sessions.find((s) => s.id === sessionId)
      const order = current ? movedOrder(current, productId, intent) : null
      if (order) await reorderLivePins(token, sessionId, order)
    } else {
      const errors: Errors = {}
      if (!productId) errors.product_id = "live.error.product"
      let discount: LiveDiscount | null = null
      if (values.discount_type === "percentage" || values.discount_type === "fixed") {
        const value = Number(values.discount_value.replace(/[.\s,]/g, ""))
        if (!Number.isInteger(value) || value < 1) errors.discount_value = "live.error.value"
        else if (values.discount_type === "percentage" && value > 90) errors.discount_value = "live.error.too_deep"
        discount = { type: values.discount_type, value }
      }
      if (Object.keys(errors).length) return failed(errors)
      await pinLiveProduct(token, sessionId, { product_id: productId, discount })
    }
  } catch (error) {
    return failed({}, refusalKeys(error, { fallback: "refusal.generic" }))
  }
  session.flash("flash", { kind: "success", key: "live.seller.saved" })
  return redirect(url.pathname, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

export default function SellerLive({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang, href } = useT()
  const busy = useNavigation().state === "submitting"
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("live.seller.title")}</h1>
      <p>{t("live.seller.intro")}</p>
      {loaderData.sessions.length ? null : <p>{t("live.seller.none")}</p>}
      {loaderData.sessions.map((session) => {
        const mine = actionData?.sessionId === session.id ? actionData : null
        const errors: Errors = mine?.errors ?? {}
        const own = session.pins.filter((pin) => pin.own)
        return (
          <section
            key={session.id}
            aria-labelledby={`live-${session.id}`}
            className="live-session"
            data-testid="seller-live-session"
          >
            <h2 id={`live-${session.id}`}>{session.title}</h2>
            <p className="event-status">
              {session.status === "live"
                ? t("events.live_now")
                : session.status === "upcoming"
                  ? t("events.starts_later")
                  : t("events.ended")}
            </p>
            <EventWhen startsAt={session.starts_at} endsAt={session.ends_at} />
            <dl className="live-figures" data-testid="live-figures">
              <dt>{t("live.seller.orders")}</dt>
              <dd>{session.figures.orders}</dd>
              <dt>{t("live.seller.units")}</dt>
              <dd>{session.figures.units}</dd>
              <dt>{t("live.seller.revenue")}</dt>
              <dd>
                <Money amount={session.figures.revenue} />
              </dd>
            </dl>
            {mine?.refusal ? (
              <Notice kind="error">
                <span data-testid="live-refusal">{mine.refusal.map((key) => t(key)).join(" ")}</span>
              </Notice>
            ) : null}
            <h3>{t("live.seller.pins")}</h3>
            {session.pins.length ? (
              <ol className="live-pins">
                {session.pins.map((pin) => (
                  <li key={pin.product_id} data-testid="live-pin">
                    <span>{pin.title ?? pin.product_id}</span>
                    {pin.discount ? (
                      <span className="live-discount">
                        {" · "}
                        {pin.discount.type === "percentage"
                          ? t("live.discount.percentage", { value: pin.discount.value })
                          : t("live.discount.fixed", {
                              amount: formatMoney(pin.discount.value, "vnd", intlLocale(lang)),
                            })}
                      </span>
                    ) : null}
                    {!pin.own ? <span className="hint"> · {t("live.seller.not_own")}</span> : null}
                    {pin.own && session.status !== "ended" ? (
                      <span className="inline-list">
                        {(["up", "down", "unpin"] as const).map((intent) => (
                          <Form method="post" key={intent} className="inline-form">
                            <input type="hidden" name="session_id" value={session.id} />
                            <input type="hidden" name="product_id" value={pin.product_id} />
                            <button
                              type="submit"
                              name="intent"
                              value={intent}
                              className="button secondary"
                              disabled={
                                busy ||
                                (intent === "up" && own[0]?.product_id === pin.product_id) ||
                                (intent === "down" && own[own.length - 1]?.product_id === pin.product_id)
                              }
                            >
                              {t(`live.seller.${intent}`)}
                            </button>
                          </Form>
                        ))}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p>{t("live.seller.no_pins")}</p>
            )}
            {session.status === "ended" ? (
              <p>{t("live.seller.ended")}</p>
            ) : loaderData.products.length ? (
              <Form method="post" noValidate className="live-pin-form">
                <input type="hidden" name="intent" value="pin" />
                <input type="hidden" name="session_id" value={session.id} />
                <div className={errors.product_id ? "field has-error" : "field"}>
                  <label htmlFor={`p-${session.id}`}>{t("live.seller.product")}</label>
                  <select
                    id={`p-${session.id}`}
                    name="product_id"
                    defaultValue={mine?.values.product_id ?? loaderData.products[0].id}
                    aria-invalid={errors.product_id ? true : undefined}
                    aria-describedby={errors.product_id ? `p-${session.id}-error` : undefined}
                  >
                    {loaderData.products.map((product) => (
                      <option key={product.id} value={product.id}>
                        {product.title}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`p-${session.id}-error`} error={errors.product_id} />
                </div>
                <div className="field">
                  <label htmlFor={`t-${session.id}`}>{t("live.seller.discount_type")}</label>
                  <select
                    id={`t-${session.id}`}
                    name="discount_type"
                    defaultValue={mine?.values.discount_type ?? "percentage"}
                  >
                    <option value="none">{t("live.seller.discount.none")}</option>
                    <option value="percentage">{t("live.seller.discount.percentage")}</option>
                    <option value="fixed">{t("live.seller.discount.fixed")}</option>
                  </select>
                </div>
                <div className={errors.discount_value ? "field has-error" : "field"}>
                  <label htmlFor={`v-${session.id}`}>{t("live.seller.discount_value")}</label>
                  <input
                    id={`v-${session.id}`}
                    name="discount_value"
                    inputMode="numeric"
                    defaultValue={mine?.values.discount_value ?? "10"}
                    aria-invalid={errors.discount_value ? true : undefined}
                    aria-describedby={errors.discount_value ? `v-${session.id}-error` : undefined}
                  />
                  <FieldError id={`v-${session.id}-error`} error={errors.discount_value} />
                </div>
                <button type="submit" className="button primary" disabled={busy}>
                  {t("live.seller.pin")}
                </button>
              </Form>
            ) : (
              <p>
                <Link to={href("/seller/products")}>{t("live.seller.no_products")}</Link>
              </p>
            )}
          </section>
        )
      })}
    </>
  )
}
