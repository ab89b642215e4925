/**
 * Payment methods and amounts, without the network: which methods the checkout offers, and what
 * amount Stripe must be asked for. Used by checkout.server.ts and the card payment step.
 */

/** Cash on delivery: Medusa's system provider. Always offered when the region lists it. */
export const COD_PROVIDER = "pp_system_default"
/** Card payment: Medusa's Stripe provider registered with id "stripe". */
export const STRIPE_PROVIDER = "pp_stripe_stripe"
/** Bank transfer by VietQR: the wholesale plugin's provider registered with id "vietqr" (VND regions). */
export const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_vietqr"

export type PaymentKind = "cod" | "bank_transfer" | "stripe"
export type PaymentChoice = { id: string; kind: PaymentKind }

/** A Stripe publishable key (pk_test_… / pk_live_…), or null when the value is not one. */
export function stripePublishableKey(value: string | undefined | null): string | null {
  const key = value?.trim()
  return key && /^pk_(test|live)_\w+$/.test(key) ? key : null
}

/**
 * What the checkout offers, in this order: cash on delivery (the default), bank transfer by VietQR
 * when the region lists it (the order is placed at once, paid by transfer), then card payment by
 * Stripe, only when the region lists the Stripe provider (and it is enabled) and this storefront
 * has a Stripe publishable key for Stripe.js. Anything else the region lists is not offered.
 */
export function choosePaymentMethods(
  providers: { id: string; is_enabled?: boolean | null }[],
  options: { stripePublishableKey: string | null },
): PaymentChoice[] {
  const enabled = new Set(providers.filter((p) => p.is_enabled !== false).map((p) => p.id))
  const choices: PaymentChoice[] = []
  if (enabled.has(COD_PROVIDER)) choices.push({ id: COD_PROVIDER, kind: "cod" })
  if (enabled.has(BANK_TRANSFER_PROVIDER)) choices.push({ id: BANK_TRANSFER_PROVIDER, kind: "bank_transfer" })
  if (enabled.has(STRIPE_PROVIDER) && options.stripePublishableKey)
    choices.push({ id: STRIPE_PROVIDER, kind: "stripe" })
  return choices
}

/** Currencies Stripe counts without a minor unit (https://docs.stripe.com/currencies#zero-decimal). */
const ZERO_DECIMAL = new Set([
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
])
const THREE_DECIMAL = new Set(["bhd", "iqd", "jod", "kwd", "omr", "tnd"])

/**
 * An amount in the currency's major unit (how Medusa and this storefront store prices) as Stripe
 * wants it: the smallest unit, an integer. VND is zero-decimal: 150,000 ₫ is 150000, never ×100.
 * The same rule as Medusa's Stripe provider (getSmallestUnit).
 */
export function stripeAmount(amount: number, currency: string): number {
  const code = currency.toLowerCase()
  const multiplier = ZERO_DECIMAL.has(code) ? 1 : THREE_DECIMAL.has(code) ? 1000 : 100
  const smallest = Math.round(amount * multiplier)
  // Three-decimal currencies must be a multiple of ten in Stripe.
  return multiplier === 1000 ? Math.ceil(smallest / 10) * 10 : smallest
}

/** Stripe payment session statuses the buyer can still pay. */
const PAYABLE = new Set(["pending", "requires_more"])

export type StripeSessionView = {
  id: string
  status: string
  amount: number
  currency: string
  /** The PaymentIntent, as Medusa's provider stored it. */
  intentId: string
  clientSecret: string
  intentAmount: number
  intentCurrency: string
}

type SessionLike = {
  id: string
  provider_id: string
  status?: string | null
  amount?: number | string | null
  currency_code?: string | null
  data?: Record<string, unknown> | null
}

/**
 * The cart's Stripe payment session the buyer can pay now: payable, with a PaymentIntent whose
 * amount and currency are exactly the cart's total. A session made for an older total (the cart
 * changed since) or one whose payment failed is not: the buyer goes through the checkout again.
 */
export function payableStripeSession(
  sessions: SessionLike[] | null | undefined,
  cart: { total: number; currency: string },
): StripeSessionView | null {
  for (const session of sessions ?? []) {
    if (session.provider_id !== STRIPE_PROVIDER || !PAYABLE.has(String(session.status ?? ""))) continue
    const data = session.data ?? {}
    const intentId = typeof data.id === "string" ? data.id : null
    const clientSecret = typeof data.client_secret === "string" ? data.client_secret : null
    const intentAmount = Number(data.amount)
    const intentCurrency = String(data.currency ?? "").toLowerCase()
    if (!intentId || !clientSecret) continue
    const currency = cart.currency.toLowerCase()
    if (intentCurrency !== currency || intentAmount !== stripeAmount(cart.total, currency)) continue
    return {
      id: session.id,
      status: String(session.status),
      amount: Number(session.amount ?? 0),
      currency,
      intentId,
      clientSecret,
      intentAmount,
      intentCurrency,
    }
  }
  return null
}
