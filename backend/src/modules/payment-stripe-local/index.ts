/**
 * Medusa's own Stripe payment provider, pointed at another Stripe API host. **For tests only.**
 *
 * Why this exists: `@medusajs/payment-stripe` builds its client as `new Stripe(options.apiKey)`
 * and offers no option for the API host, so it always talks to api.stripe.com. The integration
 * tests (and any offline machine) cannot reach Stripe; they run a small local HTTP server that
 * implements the few Stripe endpoints the provider calls. This subclass changes exactly one thing:
 * the client gets `{ host, port, protocol }`. Everything else (amounts, statuses, webhook
 * signature checks) is Medusa's code, unchanged.
 *
 * medusa-config.ts registers it instead of the stock provider, with the same identifier and id
 * (so the provider stays `pp_stripe_stripe` and the webhook route `/hooks/payment/stripe_stripe`),
 * only when `STRIPE_API_HOST` is set. Production leaves that variable unset.
 */
import { createRequire } from "node:module"
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import stripeProviders, { discoveryPath } from "@medusajs/medusa/payment-stripe"

export type StripeApiHost = { host: string; port: number; protocol: "http" | "https" }

/** `localhost:12111`, `http://localhost:12111` or `https://stripe.internal` → the client's settings. */
export function parseStripeApiHost(value: string): StripeApiHost {
  const url = new URL(/^[a-z]+:\/\//i.test(value) ? value : `http://${value}`)
  const protocol = url.protocol === "https:" ? "https" : "http"
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`STRIPE_API_HOST: unsupported protocol in "${value}"`)
  if (!url.hostname) throw new Error(`STRIPE_API_HOST: no host in "${value}"`)
  return { host: url.hostname, port: Number(url.port || (protocol === "https" ? 443 : 80)), protocol }
}

type StripeProviderClass = new (cradle: Record<string, unknown>, options: Record<string, any>) => any

const StockStripeProviderService = stripeProviders.services.find(
  (service) => (service as unknown as { identifier?: string }).identifier === "stripe",
) as unknown as StripeProviderClass | undefined
if (!StockStripeProviderService)
  throw new Error("@medusajs/payment-stripe no longer exports its `stripe` provider service")

// The very `stripe` package Medusa's provider was built against (it pins its own major version).
const Stripe = createRequire(discoveryPath)("stripe") as new (key: string, config?: Record<string, unknown>) => unknown

/** The stock provider's options, plus `apiHost`: the `STRIPE_API_HOST` value (see parseStripeApiHost). */
export type LocalStripeOptions = Record<string, unknown> & { apiKey: string; apiHost?: string }

export class LocalStripeProviderService extends StockStripeProviderService {
  static identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: LocalStripeOptions) {
    super(cradle, options)
    if (options.apiHost) {
      const { host, port, protocol } = parseStripeApiHost(options.apiHost)
      this.stripe_ = new Stripe(options.apiKey, { host, port, protocol })
    }
  }
}

export default ModuleProvider(Modules.PAYMENT, { services: [LocalStripeProviderService] })
