import { useEffect, useRef, useState } from "react"
import { data, Link, redirect } from "react-router"
import type { Route } from "./+types/checkout.pay"
import { OrderSummary } from "../components/SummaryLine"
import { Money } from "../components/ui"
import { langFromPath, localePath, useT, type MessageKey } from "../i18n"
import { describeCart, retrieveCart } from "../lib/cart.server"
import { orderForCompletedCart, storefrontStripeKey } from "../lib/checkout.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { payableStripeSession } from "../lib/payment"
import { commitSession, getSession } from "../lib/session.server"
import { joinVietnameseName } from "../lib/validation"
import { privatePageMeta } from "../lib/seo"

/**
 * The card step: Stripe.js (loaded from js.stripe.com, as Stripe requires) takes the card and
 * confirms the PaymentIntent that the checkout's payment session made; then the browser goes to
 * /checkout/return, which completes the cart once Stripe has accepted the payment. The card number
 * goes from Stripe's own fields to Stripe, never through this site. Without JavaScript (or when
 * Stripe.js cannot load) the page says so and offers the way back to cash on delivery.
 */
export const headers = cacheHeaders

export const meta = privatePageMeta("pay.title")

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const session = await getSession(request)
  const cookie = async () => ({ "Set-Cookie": await commitSession(request, session) })
  const cartId = session.get("cartId")
  if (!cartId) {
    // Paid already (reload, back button): show that order.
    const last = session.get("orders")?.[0]
    throw redirect(localePath(lang, last ? `/orders/${last}` : "/cart"))
  }
  const cart = await retrieveCart(cartId, session.get("token"))
  if (!cart || !(cart.items ?? []).length) throw redirect(localePath(lang, "/cart"))
  if (cart.completed_at) {
    const orderId = await orderForCompletedCart(session, cart.id)
    throw redirect(localePath(lang, orderId ? `/orders/${orderId}` : "/cart"), { headers: await cookie() })
  }
  const view = await describeCart(cart)
  const publishableKey = storefrontStripeKey()
  const stripe = payableStripeSession(cart.payment_collection?.payment_sessions, {
    total: view.total,
    currency: view.currency,
  })
  if (!publishableKey || !stripe) {
    // No card session for this cart as it is now (the cart changed, or a payment failed).
    session.flash("flash", { kind: "error", key: "error.payment.restart" })
    throw redirect(localePath(lang, "/checkout"), { headers: await cookie() })
  }
  const address = cart.billing_address ?? cart.shipping_address ?? null
  return data(
    {
      cart: view,
      publishableKey,
      clientSecret: stripe.clientSecret,
      billing: {
        name: address ? joinVietnameseName(address) : "",
        email: cart.email ?? "",
        phone: address?.phone ?? "",
        address: {
          line1: address?.address_1 ?? "",
          city: address?.city ?? "",
          state: address?.province ?? "",
          country: (address?.country_code ?? "vn").toUpperCase(),
        },
      },
    },
    { headers: { ...privateNoStore, ...(await cookie()) } },
  )
}

// The few parts of Stripe.js this page uses (https://docs.stripe.com/js).
type StripeCardElement = {
  mount(node: HTMLElement): void
  destroy(): void
  on(event: "change", handler: (e: { error?: { message?: string } }) => void): void
}
type StripeJs = {
  elements(options?: { locale?: string }): {
    create(type: "card", options?: Record<string, unknown>): StripeCardElement
  }
  confirmCardPayment(
    clientSecret: string,
    data: { payment_method: { card: StripeCardElement; billing_details: Record<string, unknown> } },
  ): Promise<{ error?: { message?: string }; paymentIntent?: { id: string; status: string } }>
}
type StripeFactory = (publishableKey: string, options?: { locale?: string }) => StripeJs

const STRIPE_JS = "https://js.stripe.com/v3"

function loadStripeJs(timeoutMs = 20_000): Promise<StripeFactory> {
  const existing = (window as { Stripe?: StripeFactory }).Stripe
  if (existing) return Promise.resolve(existing)
  return new Promise((resolve, reject) => {
    let script = document.querySelector<HTMLScriptElement>(`script[src="${STRIPE_JS}"]`)
    if (!script) {
      script = document.createElement("script")
      script.src = STRIPE_JS
      script.async = true
      document.head.appendChild(script)
    }
    const timer = window.setTimeout(() => reject(new Error("Stripe.js timed out")), timeoutMs)
    script.addEventListener("load", () => {
      window.clearTimeout(timer)
      const factory = (window as { Stripe?: StripeFactory }).Stripe
      if (factory) resolve(factory)
      else reject(new Error("Stripe.js did not load"))
    })
    script.addEventListener("error", () => {
      window.clearTimeout(timer)
      reject(new Error("Stripe.js could not be loaded"))
    })
  })
}

/** "server": rendered without JavaScript so far; then loading → ready ⇄ paying, or unavailable. */
type Step = "server" | "loading" | "ready" | "paying" | "done" | "unavailable"

export default function CheckoutPay({ loaderData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const { cart, publishableKey, clientSecret, billing } = loaderData
  const [step, setStep] = useState<Step>("server")
  const [error, setError] = useState<{ key: MessageKey } | { text: string } | null>(null)
  const cardNode = useRef<HTMLDivElement>(null)
  const stripe = useRef<{ js: StripeJs; card: StripeCardElement } | null>(null)

  useEffect(() => {
    let cancelled = false
    setStep("loading")
    loadStripeJs()
      .then((Stripe) => {
        if (cancelled || !cardNode.current) return
        const js = Stripe(publishableKey, { locale: lang })
        const card = js.elements({ locale: lang }).create("card", { hidePostalCode: true })
        card.mount(cardNode.current)
        card.on("change", (event) => setError(event.error?.message ? { text: event.error.message } : null))
        stripe.current = { js, card }
        setStep("ready")
      })
      .catch(() => {
        if (!cancelled) setStep("unavailable")
      })
    return () => {
      cancelled = true
      stripe.current?.card.destroy()
      stripe.current = null
    }
  }, [publishableKey, lang])

  async function pay(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe.current || step !== "ready") return
    setStep("paying")
    setError(null)
    const { js, card } = stripe.current
    const result = await js
      .confirmCardPayment(clientSecret, {
        payment_method: {
          card,
          billing_details: {
            name: billing.name || undefined,
            email: billing.email || undefined,
            phone: billing.phone || undefined,
            address: billing.address,
          },
        },
      })
      .catch(() => ({ error: {} as { message?: string }, paymentIntent: undefined }))
    const status = result.paymentIntent?.status
    if (
      !result.error &&
      result.paymentIntent &&
      (status === "succeeded" || status === "requires_capture" || status === "processing")
    ) {
      setStep("done")
      // A full page load: the return page completes the cart and shows the order.
      window.location.assign(
        `${href("/checkout/return")}?payment_intent=${encodeURIComponent(result.paymentIntent.id)}`,
      )
      return
    }
    // Declined, or the buyer closed the 3-D Secure window: the cart is as it was; try again.
    setError(result.error?.message ? { text: result.error.message } : { key: "pay.declined" })
    setStep("ready")
  }

  const busy = step === "paying" || step === "done"
  return (
    <>
      <h1>{t("pay.title")}</h1>
      <div className="checkout-grid">
        <form className="checkout-form pay-form" onSubmit={pay} noValidate aria-busy={busy || undefined}>
          <p className="pay-amount">
            {t("pay.amount")}{" "}
            <strong>
              <Money amount={cart.total} currency={cart.currency} />
            </strong>
          </p>
          <noscript>
            <div className="notice error" role="alert">
              {t("pay.needs_js")}
            </div>
          </noscript>
          {step === "unavailable" ? (
            <div className="notice error" role="alert">
              {t("pay.unavailable")}
            </div>
          ) : (
            <div className="field">
              <span className="label" id="card-label">
                {t("pay.card")}
              </span>
              <div
                ref={cardNode}
                className="card-field"
                role="group"
                aria-labelledby="card-label"
                aria-describedby="card-hint"
              />
              <p className="hint" id="card-hint">
                {step === "loading" ? t("pay.loading") : t("pay.secure")}
              </p>
            </div>
          )}
          {error ? (
            <p className="field-error" role="alert">
              {"key" in error ? t(error.key) : error.text}
            </p>
          ) : null}
          {step === "unavailable" ? null : (
            <button type="submit" className="button primary block" disabled={step !== "ready"}>
              {busy ? t("pay.paying") : t("pay.submit")}
            </button>
          )}
          <p className="small">
            <Link to={href("/checkout")}>{t("pay.change_method")}</Link>
          </p>
        </form>

        <OrderSummary lines={cart.lines} currency={cart.currency}>
          <dl className="totals">
            <dt>{t("checkout.shipping_fee")}</dt>
            <dd>
              {cart.shippingTotal ? <Money amount={cart.shippingTotal} currency={cart.currency} /> : t("shipping.free")}
            </dd>
            <dt className="grand">{t("checkout.total")}</dt>
            <dd className="grand">
              <Money amount={cart.total} currency={cart.currency} />
            </dd>
          </dl>
        </OrderSummary>
      </div>
    </>
  )
}
