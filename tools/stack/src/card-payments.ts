import type { BackendClient } from "./backend-client"

/** Medusa's Stripe provider, as the backend registers it when STRIPE_API_KEY is set. */
const STRIPE_PROVIDER = "pp_stripe_stripe"

/**
 * Offers card payments in every region of a running backend configured with Stripe, as an operator
 * does in the admin's region settings (the seed's region step gives the same when it runs with
 * Stripe configured). A test stack with Stripe starts from a copy of the run's seed made without it
 * and calls this, instead of seeding again.
 */
export async function offerCardPayments(client: BackendClient) {
  const { regions } = await client.admin<{ regions: { id: string; payment_providers?: { id: string }[] }[] }>(
    "GET",
    "/admin/regions?fields=id,*payment_providers&limit=100",
  )
  for (const region of regions) {
    const providers = (region.payment_providers ?? []).map((provider) => provider.id)
    if (providers.includes(STRIPE_PROVIDER)) continue
    await client.admin("POST", `/admin/regions/${region.id}`, { payment_providers: [...providers, STRIPE_PROVIDER] })
  }
}
