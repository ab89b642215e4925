import { createRequire } from "node:module"
import { setTimeout as sleep } from "node:timers/promises"
import { discoveryPath } from "@medusajs/medusa/payment-stripe"
import { integrationTestRunner } from "../helpers/test-runner"
import { seedDemo } from "../../src/seed"
import { startFakeStripe, type FakePaymentIntent as PaymentIntent } from "@ocop/stack"
import { readyCart } from "../helpers/checkout"
import { adminHeaders, settle } from "../helpers/ocop"

/**
 * Card payments through Medusa's Stripe provider, offline: a local server stands in for Stripe's
 * API (`startFakeStripe`, tools/stack/src/fake-stripe.ts), the provider is Medusa's own code
 * pointed at it (STRIPE_API_HOST, see backend/src/modules/payment-stripe-local), and the
 * webhooks are signed with the `stripe` package exactly as Stripe signs them.
 */
const fake = await startFakeStripe()
const WEBHOOK_SECRET = "whsec_ocop_local_test_secret"
// medusa-config.ts reads these when the runner loads it; this worker's env is its own
Object.assign(process.env, {
  STRIPE_API_KEY: "sk_test_local",
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  STRIPE_API_HOST: fake.host,
})

// The `stripe` package Medusa's provider uses, for signing test events.
const Stripe = createRequire(discoveryPath)("stripe") as {
  webhooks: { generateTestHeaderString(options: { payload: string; secret: string }): string }
}

const STRIPE = "pp_stripe_stripe"
/** Medusa delays webhook processing by 5 s (race with the storefront's own completion). */
const WEBHOOK_DELAY_MS = 5_000

afterAll(() => fake.close())

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let vietnamRegionId: string
    let admin: any

    beforeAll(async () => {
      const seeded = await seedDemo(getContainer(), { productLimit: 4 })
      publishableKey = seeded.publishableKey
      vietnamRegionId = seeded.regions.vietnam.id
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })

    /** A Vietnamese guest cart with one line, an address and a shipping method, ready to pay. */
    async function payableCart() {
      // Any variant with two in stock (the store lists products in no fixed order).
      const { data: products } = await api.get(
        `/store/products?region_id=${vietnamRegionId}&fields=id,*variants,+variants.inventory_quantity`,
        store(),
      )
      const variant = products.products
        .flatMap((p: { variants: { id: string; inventory_quantity: number }[] }) => p.variants)
        .find((v: { inventory_quantity: number }) => v.inventory_quantity >= 2)
      const cartId = await readyCart(api, store(), {
        regionId: vietnamRegionId,
        email: "buyer@example.com",
        lines: [{ variant_id: variant.id, quantity: 2 }],
      })
      const { data } = await api.get(`/store/carts/${cartId}`, store())
      return data.cart as { id: string; total: number; currency_code: string; items: { id: string }[] }
    }

    /** Creates the payment collection and a Stripe payment session; returns the intent made for it. */
    async function payByCard(cartId: string) {
      const before = fake.requests.length
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store())
      const { data } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: STRIPE },
        store(),
      )
      const session = data.payment_collection.payment_sessions.find((s: any) => s.provider_id === STRIPE)
      const create = fake.requests.slice(before).find((r) => r.method === "POST" && r.path === "/v1/payment_intents")
      return { session, create, intent: fake.intents.get(session.data.id)! }
    }

    async function postWebhook(type: string, intent: PaymentIntent, secret = WEBHOOK_SECRET) {
      const payload = JSON.stringify(fake.event(type, intent))
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret })
      return settle(
        api.post("/hooks/payment/stripe_stripe", payload, {
          headers: { "content-type": "application/json", "stripe-signature": signature },
        }),
      )
    }

    async function orders() {
      const { data } = await api.get(
        "/admin/orders?fields=id,display_id,total,currency_code,payment_status,email",
        admin,
      )
      return data.orders as { id: string; total: number; payment_status: string; email: string }[]
    }

    async function waitFor<T>(what: () => Promise<T | undefined | null | false>, ms = 30_000): Promise<T> {
      const end = Date.now() + ms
      for (;;) {
        const value = await what()
        if (value) return value
        if (Date.now() > end) throw new Error("timed out waiting")
        await sleep(250)
      }
    }

    it("offers the Stripe provider to the Vietnam region next to cash on delivery and bank transfer", async () => {
      const { data } = await api.get(`/store/payment-providers?region_id=${vietnamRegionId}`, store())
      expect(data.payment_providers.map((p: any) => p.id).sort()).toEqual([
        "pp_bank-transfer_vietqr",
        STRIPE,
        "pp_system_default",
      ])
      // the seed is idempotent: running it again changes nothing
      await seedDemo(getContainer(), { productLimit: 4 })
      const again = await api.get(`/store/payment-providers?region_id=${vietnamRegionId}`, store())
      expect(again.data.payment_providers).toHaveLength(3)
    })

    it("asks Stripe for the cart total in VND as is (zero-decimal), then a signed payment_intent.succeeded makes one paid order", async () => {
      const cart = await payableCart()
      expect(cart.currency_code).toBe("vnd")
      expect(Number.isInteger(cart.total)).toBe(true)
      expect(cart.total).toBeGreaterThan(10_000)

      const { session, create, intent } = await payByCard(cart.id)
      expect(create).toBeDefined()
      expect(create!.authorization).toBe("Bearer sk_test_local")
      // 150,000 ₫ is amount 150000: no ×100 for VND
      expect(create!.body).toMatchObject({ amount: String(cart.total), currency: "vnd", capture_method: "automatic" })
      expect(create!.body.metadata.session_id).toBe(session.id)
      expect(intent.amount).toBe(cart.total)
      expect(session.data.client_secret).toMatch(/^pi_\w+_secret_/)
      expect(session.amount).toBe(cart.total)

      // The buyer's card is accepted in the browser (Stripe.js); Stripe then posts the event.
      fake.confirm(intent.id)
      const accepted = await postWebhook("payment_intent.succeeded", intent)
      expect(accepted.status).toBe(200)

      const [order] = await waitFor(async () => {
        const list = await orders()
        return list.length ? list : null
      })
      expect(order).toMatchObject({ total: cart.total, email: "buyer@example.com" })
      const paid = await waitFor(async () => {
        const list = await orders()
        return list[0]?.payment_status === "captured" ? list[0] : null
      })
      expect(paid.id).toBe(order.id)
      const { data: stored } = await api.get(`/store/carts/${cart.id}`, store())
      expect(stored.cart.completed_at).toBeTruthy()

      // Stripe delivers an event again, the buyer's return page completes the cart too:
      // still the one order.
      expect((await postWebhook("payment_intent.succeeded", intent)).status).toBe(200)
      const { data: completed } = await api.post(`/store/carts/${cart.id}/complete`, {}, store())
      expect(completed.type).toBe("order")
      expect(completed.order.id).toBe(order.id)
      await sleep(WEBHOOK_DELAY_MS + 2_000)
      expect((await orders()).map((o) => o.id)).toEqual([order.id])
    })

    it("refuses a webhook with a bad signature (400) and changes nothing", async () => {
      const before = await orders()
      const cart = await payableCart()
      const { intent } = await payByCard(cart.id)
      fake.confirm(intent.id)

      const forged = await postWebhook("payment_intent.succeeded", intent, "whsec_someone_else")
      expect(forged.status).toBe(400)
      const unsigned = await settle(
        api.post("/hooks/payment/stripe_stripe", JSON.stringify(fake.event("payment_intent.succeeded", intent)), {
          headers: { "content-type": "application/json" },
        }),
      )
      expect(unsigned.status).toBe(400)

      await sleep(WEBHOOK_DELAY_MS + 2_000)
      expect(await orders()).toEqual(before)
      const { data } = await api.get(`/store/carts/${cart.id}`, store())
      expect(data.cart.completed_at).toBeFalsy()
      expect(data.cart.items).toHaveLength(1)
    })

    it("leaves the cart intact when the card is declined (payment_intent.payment_failed), and lets the buyer pay again", async () => {
      const before = await orders()
      const cart = await payableCart()
      const { intent } = await payByCard(cart.id)
      fake.decline(intent.id)

      const failed = await postWebhook("payment_intent.payment_failed", intent)
      expect(failed.status).toBe(200)
      await sleep(WEBHOOK_DELAY_MS + 2_000)
      expect(await orders()).toEqual(before)

      // Completing now is refused: the provider reports the intent unpaid. The cart stays as it was.
      const refused = await settle(api.post(`/store/carts/${cart.id}/complete`, {}, store()))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/not authorized with the provider/)
      const { data } = await api.get(`/store/carts/${cart.id}`, store())
      expect(data.cart.completed_at).toBeFalsy()
      expect(data.cart.items.map((i: any) => i.id)).toEqual(cart.items.map((i) => i.id))
      expect(data.cart.total).toBe(cart.total)
      expect(await orders()).toEqual(before)

      // The buyer tries another card: a new payment session (Medusa will not reuse one whose
      // authorization failed), accepted; completing the cart (the storefront's return page) places
      // the order, and the webhook that follows does not make a second one.
      const again = await payByCard(cart.id)
      expect(again.intent.id).not.toBe(intent.id)
      expect(again.intent.amount).toBe(cart.total)
      fake.confirm(again.intent.id)
      const { data: completed } = await api.post(`/store/carts/${cart.id}/complete`, {}, store())
      expect(completed.type).toBe("order")
      expect(completed.order.total).toBe(cart.total)
      expect((await postWebhook("payment_intent.succeeded", again.intent)).status).toBe(200)
      await sleep(WEBHOOK_DELAY_MS + 2_000)
      const after = await orders()
      expect(after).toHaveLength(before.length + 1)
      expect(after.find((o) => o.id === completed.order.id)?.payment_status).toBe("captured")
    })
  },
})
