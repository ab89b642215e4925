import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A local stand-in for the part of Stripe's HTTP API that Medusa's Stripe provider calls
 * (payment intents, refunds, customers, payment methods), so the payment flow runs offline against
 * Medusa's real provider code (pointed here by STRIPE_API_HOST). It keeps payment intents in
 * memory and records every request. The buyer's side, what Stripe.js does in the browser, is
 * `POST /v1/payment_intents/:id/confirm` with the publishable key and the client secret (test
 * payment methods: `pm_card_visa` is accepted, `pm_card_chargeDeclined` declined), or `confirm` /
 * `decline` from a test; `stripeJsStub` is a minimal Stripe.js for a browser that cannot reach
 * js.stripe.com.
 *
 * Stripe's API takes form-encoded bodies with bracketed keys (`metadata[session_id]=…`,
 * `expand[0]=payment_method`) and answers JSON; errors are `{ error: { type, code, message } }`.
 * Test helper only: never part of a running marketplace.
 */
export type FakeRequest = {
  method: string
  path: string
  body: Record<string, any>
  idempotencyKey?: string
  authorization?: string
}

export type PaymentIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: string
  capture_method: string
  client_secret: string
  customer: string | null
  metadata: Record<string, string>
  payment_method: string | null
  last_payment_error: Record<string, unknown> | null
  created: number
  livemode: false
}

export type Refund = {
  id: string
  object: "refund"
  amount: number
  currency: string
  payment_intent: string
  status: "succeeded"
  created: number
}

export type FakeStripe = {
  url: string
  /** `localhost:<port>`: the value for STRIPE_API_HOST. */
  host: string
  requests: FakeRequest[]
  intents: Map<string, PaymentIntent>
  /** The refunds made, in order (`POST /v1/refunds` on a paid intent, at most what it received). */
  refunds: Refund[]
  /** The next refund is refused as Stripe refuses one the platform's balance cannot cover. */
  failNextRefund(): void
  /** What Stripe.js does when the buyer's card is accepted (automatic or manual capture). */
  confirm(id: string): PaymentIntent
  /** What Stripe.js does when the card is declined: the intent wants another payment method. */
  decline(id: string): PaymentIntent
  /** A Stripe event around a copy of the intent, as Stripe would post it to the webhook. */
  event(type: string, intent: PaymentIntent): Record<string, unknown>
  close(): Promise<void>
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`

/** `a[b][0]=x` → `{ a: { b: { 0: "x" } } }`, like Stripe's (qs) parser; arrays stay keyed objects. */
export function parseStripeForm(text: string): Record<string, any> {
  const out: Record<string, any> = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const parts = key.replace(/\]/g, "").split("[")
    let node = out
    parts.forEach((part, index) => {
      if (index === parts.length - 1) node[part] = value
      else node = node[part] ??= {}
    })
  }
  return out
}

async function readBody(req: IncomingMessage) {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString("utf8")
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: FakeRequest[] = []
  const intents = new Map<string, PaymentIntent>()
  const refunds: Refund[] = []
  let refuseNextRefund = false

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost")
    const body = req.method === "GET" ? parseStripeForm(url.search.slice(1)) : parseStripeForm(await readBody(req))
    requests.push({
      method: req.method ?? "GET",
      path: url.pathname,
      body,
      idempotencyKey: req.headers["idempotency-key"] as string | undefined,
      authorization: req.headers.authorization,
    })
    const send = (status: number, payload: unknown) => {
      // Stripe's API answers browsers too (Stripe.js confirms with the publishable key).
      res.writeHead(status, {
        "content-type": "application/json",
        "request-id": id("req"),
        "access-control-allow-origin": "*",
        "access-control-allow-headers": "authorization, content-type",
      })
      res.end(JSON.stringify(payload))
    }
    const fail = (status: number, code: string, message: string, intent?: PaymentIntent) =>
      send(status, {
        error: { type: "invalid_request_error", code, message, ...(intent ? { payment_intent: intent } : {}) },
      })

    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-origin": "*",
        "access-control-allow-headers": "authorization, content-type",
        "access-control-allow-methods": "GET, POST, DELETE",
      })
      return res.end()
    }
    const segments = url.pathname.split("/").filter(Boolean) // v1, resource, id?, action?
    const [, resource, resourceId, action] = segments

    // The browser's call: publishable key plus the intent's client secret, nothing else.
    if (resource === "payment_intents" && action === "confirm" && req.method === "POST") {
      const intent = resourceId ? intents.get(resourceId) : undefined
      if (
        !req.headers.authorization?.startsWith("Bearer pk_test_") &&
        !req.headers.authorization?.startsWith("Bearer sk_test_")
      )
        return fail(401, "api_key_invalid", "Invalid API Key provided")
      if (
        !intent ||
        (req.headers.authorization.startsWith("Bearer pk_") && body.client_secret !== intent.client_secret)
      )
        return fail(404, "resource_missing", `No such payment_intent: '${resourceId}'`)
      if (String(body.payment_method ?? "").includes("Declined")) {
        decline(intent.id)
        return send(402, {
          error: {
            type: "card_error",
            code: "card_declined",
            message: "Your card was declined.",
            payment_intent: intent,
          },
        })
      }
      return send(200, confirm(intent.id))
    }

    if (!req.headers.authorization?.startsWith("Bearer sk_test_"))
      return fail(401, "api_key_invalid", "Invalid API Key provided")

    if (resource === "payment_intents") {
      if (!resourceId && req.method === "POST") {
        const amount = Number(body.amount)
        if (!Number.isInteger(amount) || amount <= 0)
          return fail(400, "parameter_invalid_integer", "Invalid integer: amount")
        const intentId = id("pi")
        const intent: PaymentIntent = {
          id: intentId,
          object: "payment_intent",
          amount,
          amount_capturable: 0,
          amount_received: 0,
          currency: String(body.currency).toLowerCase(),
          status: "requires_payment_method",
          capture_method: body.capture_method ?? "automatic",
          client_secret: `${intentId}_secret_${randomBytes(8).toString("hex")}`,
          customer: body.customer ?? null,
          metadata: body.metadata ?? {},
          payment_method: null,
          last_payment_error: null,
          created: Math.floor(Date.now() / 1000),
          livemode: false,
        }
        intents.set(intentId, intent)
        return send(200, intent)
      }
      const intent = resourceId ? intents.get(resourceId) : undefined
      if (!intent) return fail(404, "resource_missing", `No such payment_intent: '${resourceId}'`)
      if (req.method === "GET" && !action) return send(200, intent)
      if (req.method === "POST" && !action) {
        if (body.amount != null) intent.amount = Number(body.amount)
        if (body.metadata) intent.metadata = { ...intent.metadata, ...body.metadata }
        return send(200, intent)
      }
      if (req.method === "POST" && action === "capture") {
        if (intent.status !== "requires_capture") {
          return fail(
            400,
            "payment_intent_unexpected_state",
            `This PaymentIntent could not be captured because it has a status of ${intent.status}.`,
            intent,
          )
        }
        intent.status = "succeeded"
        intent.amount_received = intent.amount_capturable
        intent.amount_capturable = 0
        return send(200, intent)
      }
      if (req.method === "POST" && action === "cancel") {
        if (intent.status === "succeeded") {
          return fail(
            400,
            "payment_intent_unexpected_state",
            "You cannot cancel this PaymentIntent because it has a status of succeeded.",
            intent,
          )
        }
        intent.status = "canceled"
        return send(200, intent)
      }
    }
    if (resource === "refunds" && req.method === "POST" && !resourceId) {
      const intent = intents.get(String(body.payment_intent ?? ""))
      if (!intent) return fail(404, "resource_missing", `No such payment_intent: '${body.payment_intent}'`)
      if (refuseNextRefund) {
        refuseNextRefund = false
        return fail(400, "balance_insufficient", "Insufficient funds in Stripe account.")
      }
      const refunded = refunds.filter((r) => r.payment_intent === intent.id).reduce((sum, r) => sum + r.amount, 0)
      const left = intent.amount_received - refunded
      if (intent.status !== "succeeded" || left <= 0)
        return fail(400, "charge_already_refunded", `Charge for ${intent.id} has already been refunded.`)
      const amount = body.amount == null ? left : Number(body.amount)
      if (!Number.isInteger(amount) || amount <= 0)
        return fail(400, "parameter_invalid_integer", "Invalid integer: amount")
      if (amount > left)
        return fail(
          400,
          "amount_too_large",
          `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
        )
      const refund: Refund = {
        id: id("re"),
        object: "refund",
        amount,
        currency: intent.currency,
        payment_intent: intent.id,
        status: "succeeded",
        created: Math.floor(Date.now() / 1000),
      }
      refunds.push(refund)
      return send(200, refund)
    }
    if (resource === "customers" && req.method === "POST") {
      return send(200, {
        id: resourceId ?? id("cus"),
        object: "customer",
        email: body.email ?? null,
        name: body.name ?? null,
      })
    }
    if (resource === "customers" && req.method === "DELETE")
      return send(200, { id: resourceId, object: "customer", deleted: true })
    if (resource === "payment_methods" && req.method === "GET" && resourceId) {
      return send(200, {
        id: resourceId,
        object: "payment_method",
        type: "card",
        card: { brand: "visa", last4: "4242" },
      })
    }
    return fail(404, "resource_missing", `Unrecognized request URL (${req.method}: ${url.pathname})`)
  })

  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://localhost:${port}`,
    host: `localhost:${port}`,
    requests,
    intents,
    refunds,
    failNextRefund: () => {
      refuseNextRefund = true
    },
    confirm,
    decline,
    event(type, intent) {
      return {
        id: id("evt"),
        object: "event",
        api_version: "2024-04-10",
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        type,
        data: { object: structuredClone(intent) },
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }

  function need(intentId: string) {
    const intent = intents.get(intentId)
    if (!intent) throw new Error(`fake Stripe: no payment intent ${intentId}`)
    return intent
  }

  function confirm(intentId: string) {
    const intent = need(intentId)
    intent.payment_method = id("pm")
    intent.last_payment_error = null
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
    }
    return intent
  }

  function decline(intentId: string) {
    const intent = need(intentId)
    intent.status = "requires_payment_method"
    intent.payment_method = null
    intent.last_payment_error = {
      type: "card_error",
      code: "card_declined",
      decline_code: "generic_decline",
      message: "Your card was declined.",
    }
    return intent
  }
}

/**
 * A minimal Stripe.js (`Stripe(key)`, `elements().create("card")`, `confirmCardPayment`) for a
 * browser that cannot reach js.stripe.com: the "card field" is a plain input, and confirming sends
 * what Stripe.js sends, `POST /v1/payment_intents/:id/confirm` with the publishable key and the
 * client secret, to the fake API at `apiUrl`. Card 4000 0000 0000 0002 is declined, as in Stripe's
 * test mode; any other number is accepted.
 */
export function stripeJsStub(apiUrl: string) {
  return `(() => {
  const api = ${JSON.stringify(apiUrl)};
  window.Stripe = function (key) {
    return {
      elements() {
        return {
          create() {
            const input = document.createElement("input");
            input.setAttribute("aria-label", "Card number");
            input.setAttribute("inputmode", "numeric");
            input.className = "stub-card-number";
            const handlers = [];
            return {
              mount(node) { node.appendChild(input); },
              destroy() { input.remove(); },
              on(event, handler) { handlers.push(handler); },
              _number() { return input.value.replace(/\\D/g, ""); },
            };
          },
        };
      },
      async confirmCardPayment(clientSecret, data) {
        const id = clientSecret.split("_secret_")[0];
        const method = data.payment_method.card._number() === "4000000000000002" ? "pm_card_chargeDeclined" : "pm_card_visa";
        const response = await fetch(api + "/v1/payment_intents/" + id + "/confirm", {
          method: "POST",
          headers: { authorization: "Bearer " + key, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ client_secret: clientSecret, payment_method: method }),
        });
        const body = await response.json();
        return response.ok ? { paymentIntent: body } : { error: body.error };
      },
    };
  };
})();`
}
