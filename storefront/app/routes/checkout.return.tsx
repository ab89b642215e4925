import { redirect } from "react-router"
import type { Route } from "./+types/checkout.return"
import { langFromPath, localePath } from "../i18n"
import { retrieveCart } from "../lib/cart.server"
import { completeCardPaymentOnce, orderForCompletedCart } from "../lib/checkout.server"
import { commitSession, getSession, rememberOrder } from "../lib/session.server"

/**
 * Where the card step sends the buyer once Stripe.js reports the payment accepted
 * (`?payment_intent=pi_…`, as Stripe's own redirects do). It completes the cart: Medusa asks Stripe
 * whether the PaymentIntent is paid, so nothing the browser sends can place an unpaid order. A
 * repeat (reload, a second tab, Stripe's webhook first) finds the order already made. When the
 * payment is not accepted, the cart stays as it was and the buyer is back at the checkout.
 */
export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const session = await getSession(request)
  const go = async (path: string) =>
    redirect(localePath(lang, path), {
      headers: { "Set-Cookie": await commitSession(request, session) },
    })

  const cartId = session.get("cartId")
  if (!cartId) {
    const last = session.get("orders")?.[0]
    return go(last ? `/orders/${last}` : "/cart")
  }
  const cart = await retrieveCart(cartId, session.get("token"))
  if (!cart) return go("/cart")
  if (cart.completed_at) {
    const orderId = await orderForCompletedCart(session, cart.id)
    return go(orderId ? `/orders/${orderId}` : "/cart")
  }

  const result = await completeCardPaymentOnce(cart, session.get("token"))
  if (result.ok) {
    rememberOrder(session, cart.id, result.orderId, result.accessToken)
    return go(`/orders/${result.orderId}`)
  }
  session.flash("flash", { kind: "error", key: "error.payment.not_completed" })
  return go("/checkout")
}
