import { createRequire } from "node:module"
import { setTimeout as sleep } from "node:timers/promises"
import { discoveryPath } from "@medusajs/medusa/payment-stripe"
import { integrationTestRunner } from "../helpers/test-runner"
import { seedDemo } from "../../src/seed"
import { startFakeStripe, type FakePaymentIntent as PaymentIntent } from "@ocop/stack"
import { readyCart } from "../helpers/checkout"
import { adminHeaders, settle } from "../helpers/ocop"
import { approvedSeller, certifyProduct, productBody, sellerPartOf } from "../helpers/sellers"
import { customer } from "../helpers/customers"

/**
 * Card payments through Medusa's Stripe provider, offline: a local server stands in for Stripe's
 * API (`startFakeStripe`, tools/stack/src/fake-stripe.ts), the provider is Medusa's own code
 * pointed at it (STRIPE_API_HOST, see backend/src/modules/payment-stripe-local), and the
 * webhooks are signed with the `stripe` package exactly as Stripe signs them. A refunded return of
 * a card order goes back to the card through Stripe and shows in the seller's payout statement.
 */
const fake = await startFakeStripe()
const WEBHOOK_SECRET = "whsec_ocop_local_test_secret"
/**
 * Medusa handles a webhook this long after receiving it (5 s in production, so that the buyer's
 * return page completes the cart first): still a delay, shorter, so that the tests wait less.
 */
const WEBHOOK_DELAY_MS = 1_000
// medusa-config.ts reads these when the runner loads it; this worker's env is its own
Object.assign(process.env, {
  STRIPE_API_KEY: "sk_test_local",
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  STRIPE_API_HOST: fake.host,
  PAYMENT_WEBHOOK_DELAY_MS: String(WEBHOOK_DELAY_MS),
})

// The `stripe` package Medusa's provider uses, for signing test events.
const Stripe = createRequire(discoveryPath)("stripe") as {
  webhooks: { generateTestHeaderString(options: { payload: string; secret: string }): string }
}

const STRIPE = "pp_stripe_stripe"

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

    /**
     * A cooperative's certified tea (85,000 ₫ a pack) bought by a signed-in buyer, 2 packs paid by
     * card, delivered; the buyer asks to return one pack (no bank account: a card is refunded to the
     * card) and the cooperative accepts. `n` keeps each test's cooperative apart.
     */
    async function acceptedCardReturn(n: number) {
      const coop = await approvedSeller(api, admin, n)
      const sku = `THE${n}`
      const { data: made } = await api.post("/sellers/me/products", productBody(sku), coop.headers)
      await certifyProduct(api, admin, coop.subjectId, made.product.id, `${n}${n}/QĐ-UBND`)
      await api.post(`/sellers/me/products/${made.product.id}/publish`, {}, coop.headers)
      const variantId = made.product.variants.find((v: any) => v.sku === `${sku}-100`).id
      const email = `the.card.${n}@example.vn`
      const buyer = await customer(api, publishableKey, email)
      const cartId = await readyCart(api, buyer, {
        regionId: vietnamRegionId,
        email,
        lines: [{ variant_id: variantId, quantity: 2 }],
      })
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, buyer)
      const { data: sessions } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: STRIPE },
        buyer,
      )
      const session = sessions.payment_collection.payment_sessions.find((s: any) => s.provider_id === STRIPE)
      const intent = fake.confirm(session.data.id)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, buyer)
      expect(completed.type).toBe("order")
      const order = completed.order as { id: string; items: { id: string; variant_id: string }[] }
      const paid = await waitFor(async () => {
        const found = (await orders()).find((o) => o.id === order.id)
        return found?.payment_status === "captured" ? found : null
      })
      expect(paid.id).toBe(order.id)

      const part = await sellerPartOf(api, coop.headers, order)
      await api.post(`/sellers/me/orders/${part.id}/accept`, {}, coop.headers)
      await api.post(`/sellers/me/orders/${part.id}/ship`, { tracking_number: `VNP${n}071` }, coop.headers)
      await api.post(`/sellers/me/orders/${part.id}/deliver`, {}, coop.headers)
      const line = order.items.find((item) => item.variant_id === variantId)!
      const { data: asked } = await api.post(
        `/store/ocop/orders/${order.id}/returns`,
        { seller_order_id: part.id, reason: "damaged", lines: [{ item_id: line.id, quantity: 1 }] },
        buyer,
      )
      expect(asked.return).toMatchObject({
        status: "requested",
        payment_method: "card",
        refund_account: null,
        refund_amount: 85000,
      })
      const id: string = asked.return.id
      await api.post(
        `/sellers/me/returns/${id}/accept`,
        { instructions: "Gửi gói chè về HTX qua bưu điện." },
        coop.headers,
      )
      expect(fake.refunds.filter((r) => r.payment_intent === intent.id)).toEqual([])
      return { coop, order, part, id, intent, sku }
    }

    it("refunds a card order's received return through Stripe, and the seller's payout statement shows it", async () => {
      const { coop, order, part, id, intent } = await acceptedCardReturn(71)

      const { data: received } = await api.post(`/sellers/me/returns/${id}/received`, {}, coop.headers)
      expect(received.return).toMatchObject({ status: "refunded" })

      // Stripe was asked once, for 85,000 ₫ as is (zero-decimal), on the order's payment intent.
      const asks = () =>
        fake.requests.filter(
          (r) => r.method === "POST" && r.path === "/v1/refunds" && r.body.payment_intent === intent.id,
        )
      expect(asks().map((r) => r.body)).toEqual([{ amount: "85000", payment_intent: intent.id }])
      expect(fake.refunds.filter((r) => r.payment_intent === intent.id)).toEqual([
        expect.objectContaining({ amount: 85000, currency: "vnd", status: "succeeded" }),
      ])
      // Medusa's record of it: one refund of 85,000 ₫ on the card payment, no bank account named.
      const { data: withPayments } = await api.get(
        `/admin/orders/${order.id}?fields=id,*payment_collections.payments.refunds,payment_collections.payments.provider_id`,
        admin,
      )
      const payments = withPayments.order.payment_collections.flatMap((c: any) => c.payments)
      const refunds = payments.flatMap((p: any) =>
        (p.refunds ?? []).map((r: any) => ({ ...r, provider: p.provider_id })),
      )
      expect(refunds).toEqual([expect.objectContaining({ amount: 85000, provider: STRIPE })])
      expect(refunds[0].note).not.toMatch(/chuyển khoản/)
      const { data: adminView } = await api.get(`/admin/seller-returns/${id}`, admin)
      expect(adminView.return.refund_ids).toEqual([refunds[0].id])
      // A second receipt moves no money.
      expect((await settle(api.post(`/sellers/me/returns/${id}/received`, {}, coop.headers))).status).toBe(400)
      expect(asks()).toHaveLength(1)

      // The payout statement: 170,000 gross, 85,000 refunded, 8 % commission on the 85,000 left, and
      // the return shipping (30,000 ₫), which the seller pays for damaged goods.
      const { data: payouts } = await api.get("/sellers/me/payouts", coop.headers)
      expect(payouts.lines.find((l: any) => l.id === part.id)).toMatchObject({
        gross: 170000,
        refunds: 85000,
        commission: 6800,
        return_shipping: 30000,
        net: 48200,
      })
      const period = new Intl.DateTimeFormat("en-CA", {
        timeZone: "Asia/Ho_Chi_Minh",
        year: "numeric",
        month: "2-digit",
      }).format(new Date())
      const { data: csv } = await api.get(`/sellers/me/payouts/statement.csv?period=${period}`, coop.headers)
      const row = String(csv)
        .split("\n")
        .find((text) => text.startsWith(`${part.number},`))
      expect(row?.split(",").slice(3, 6)).toEqual(["170000", "85000", "6800"])
    })

    it("keeps an accepted return as it was when Stripe refuses the refund, and refunds it once when received again", async () => {
      const { coop, order, part, id, intent, sku } = await acceptedCardReturn(72)
      const stock = async () => {
        const { data } = await api.get(`/admin/inventory-items?sku=${sku}-100&fields=id,stocked_quantity`, admin)
        return data.inventory_items[0].stocked_quantity as number
      }
      const before = await stock()
      const refundsOf = async () => {
        const { data } = await api.get(
          `/admin/orders/${order.id}?fields=id,*payment_collections.payments.refunds`,
          admin,
        )
        return data.order.payment_collections.flatMap((c: any) => c.payments.flatMap((p: any) => p.refunds ?? []))
      }

      // Stripe refuses (the platform's balance cannot cover it): nothing moves, the return waits.
      fake.failNextRefund()
      const refused = await settle(api.post(`/sellers/me/returns/${id}/received`, {}, coop.headers))
      expect(refused.status).toBe(422)
      expect(refused.data.message).toMatch(/^refund \(refund_refused\): /)
      const { data: waiting } = await api.get(`/sellers/me/returns/${id}`, coop.headers)
      expect(waiting.return).toMatchObject({ status: "accepted", can_receive: true })
      expect(await stock()).toBe(before)
      expect(await refundsOf()).toEqual([])
      expect(fake.refunds.filter((r) => r.payment_intent === intent.id)).toEqual([])
      const { data: returns } = await api.get(`/admin/returns?order_id=${order.id}&fields=id,status`, admin)
      expect(returns.returns.filter((r: any) => r.status === "received")).toEqual([])

      // Received again once Stripe answers: one refund, the goods back once, the statement lower.
      const { data: received } = await api.post(`/sellers/me/returns/${id}/received`, {}, coop.headers)
      expect(received.return).toMatchObject({ status: "refunded" })
      expect(fake.refunds.filter((r) => r.payment_intent === intent.id)).toEqual([
        expect.objectContaining({ amount: 85000 }),
      ])
      expect(await refundsOf()).toEqual([expect.objectContaining({ amount: 85000 })])
      expect(await stock()).toBe(before + 1)
      const { data: payouts } = await api.get("/sellers/me/payouts", coop.headers)
      expect(payouts.lines.find((l: any) => l.id === part.id)).toMatchObject({ refunds: 85000 })
    })
  },
})
