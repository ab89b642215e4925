import { describe, expect, it } from "vitest"
import {
  BANK_TRANSFER_PROVIDER,
  choosePaymentMethods,
  COD_PROVIDER,
  payableStripeSession,
  STRIPE_PROVIDER,
  stripeAmount,
  stripePublishableKey,
} from "./payment"

describe("the payment methods offered", () => {
  const key = "pk_test_51AbCdEf"

  it("offers bank transfer by VietQR after cash on delivery when the region lists it", () => {
    expect(
      choosePaymentMethods([{ id: STRIPE_PROVIDER }, { id: BANK_TRANSFER_PROVIDER }, { id: COD_PROVIDER }], {
        stripePublishableKey: key,
      }),
    ).toEqual([
      { id: COD_PROVIDER, kind: "cod" },
      { id: BANK_TRANSFER_PROVIDER, kind: "bank_transfer" },
      { id: STRIPE_PROVIDER, kind: "stripe" },
    ])
  })

  it("offers cash on delivery alone when the region has no Stripe provider", () => {
    expect(choosePaymentMethods([{ id: COD_PROVIDER }], { stripePublishableKey: key })).toEqual([
      { id: COD_PROVIDER, kind: "cod" },
    ])
  })

  it("offers a card after cash on delivery (still the default) when the region lists Stripe", () => {
    expect(
      choosePaymentMethods(
        [
          { id: STRIPE_PROVIDER, is_enabled: true },
          { id: COD_PROVIDER, is_enabled: true },
        ],
        {
          stripePublishableKey: key,
        },
      ),
    ).toEqual([
      { id: COD_PROVIDER, kind: "cod" },
      { id: STRIPE_PROVIDER, kind: "stripe" },
    ])
  })

  it("offers no card without a publishable key for Stripe.js, or when the provider is disabled", () => {
    const both = [{ id: COD_PROVIDER }, { id: STRIPE_PROVIDER }]
    expect(choosePaymentMethods(both, { stripePublishableKey: null }).map((c) => c.kind)).toEqual(["cod"])
    expect(
      choosePaymentMethods([{ id: COD_PROVIDER }, { id: STRIPE_PROVIDER, is_enabled: false }], {
        stripePublishableKey: key,
      }).map((c) => c.kind),
    ).toEqual(["cod"])
  })

  it("offers nothing it cannot take (other providers)", () => {
    expect(choosePaymentMethods([{ id: "pp_paypal_paypal" }], { stripePublishableKey: key })).toEqual([])
  })

  it("accepts only publishable keys (never a secret key)", () => {
    expect(stripePublishableKey(" pk_live_abc123 ")).toBe("pk_live_abc123")
    expect(stripePublishableKey("pk_test_abc123")).toBe("pk_test_abc123")
    expect(stripePublishableKey("pk_test_ocop_e2e")).toBe("pk_test_ocop_e2e")
    expect(stripePublishableKey("sk_test_abc123")).toBeNull()
    expect(stripePublishableKey("")).toBeNull()
    expect(stripePublishableKey(undefined)).toBeNull()
  })
})

describe("amounts for Stripe", () => {
  it("sends VND as is: it is zero-decimal (150,000 ₫ is 150000, not 15000000)", () => {
    expect(stripeAmount(150000, "vnd")).toBe(150000)
    expect(stripeAmount(150000, "VND")).toBe(150000)
    expect(stripeAmount(1_234_567, "vnd")).toBe(1_234_567)
    // a rounding remainder from tax arithmetic never reaches Stripe as a fraction
    expect(stripeAmount(99999.6, "vnd")).toBe(100000)
  })

  it("multiplies two-decimal currencies by 100 and three-decimal ones by 1000 (to a multiple of ten)", () => {
    expect(stripeAmount(12.5, "usd")).toBe(1250)
    expect(stripeAmount(19.99, "eur")).toBe(1999)
    expect(stripeAmount(500, "jpy")).toBe(500)
    expect(stripeAmount(1.234, "kwd")).toBe(1240)
  })
})

describe("the card session the buyer can pay", () => {
  const cart = { total: 150000, currency: "vnd" }
  const session = (overrides: Record<string, unknown> = {}, data: Record<string, unknown> = {}) => ({
    id: "payses_1",
    provider_id: STRIPE_PROVIDER,
    status: "pending",
    amount: 150000,
    currency_code: "vnd",
    data: { id: "pi_1", client_secret: "pi_1_secret_x", amount: 150000, currency: "vnd", ...data },
    ...overrides,
  })

  it("is the pending Stripe session whose PaymentIntent is for exactly the cart total", () => {
    expect(payableStripeSession([session()], cart)).toMatchObject({
      id: "payses_1",
      intentId: "pi_1",
      clientSecret: "pi_1_secret_x",
      intentAmount: 150000,
    })
  })

  it("is none when the intent was made for another total or currency (the cart changed)", () => {
    expect(payableStripeSession([session({}, { amount: 120000 })], cart)).toBeNull()
    expect(payableStripeSession([session({}, { amount: 15000000 })], cart)).toBeNull()
    expect(payableStripeSession([session({}, { currency: "usd" })], cart)).toBeNull()
  })

  it("is none after a failed payment, for other providers, or without a client secret", () => {
    expect(payableStripeSession([session({ status: "error" })], cart)).toBeNull()
    expect(payableStripeSession([session({ status: "canceled" })], cart)).toBeNull()
    expect(payableStripeSession([session({ provider_id: COD_PROVIDER })], cart)).toBeNull()
    expect(payableStripeSession([session({}, { client_secret: undefined })], cart)).toBeNull()
    expect(payableStripeSession(null, cart)).toBeNull()
  })
})
