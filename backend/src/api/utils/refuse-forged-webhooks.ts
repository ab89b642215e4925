import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/**
 * Stripe webhooks (`POST /hooks/payment/stripe_…`) whose signature does not verify get a 400 at
 * once. Medusa's own route answers 200 to every webhook and checks the signature later, in the
 * subscriber (which then fails and changes nothing); Stripe's guidance is to refuse an unverified
 * event, so a forged request is told so and nothing is queued for it.
 *
 * The check is the provider's own (`constructWebhookEvent` with its `webhookSecret`), through the
 * payment module. Any other failure (an event the provider would look up at Stripe, a provider
 * that is not registered) is left to Medusa's route as before.
 */
export async function refuseForgedStripeWebhooks(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const provider = String(req.params.provider ?? "")
  if (!provider.startsWith("stripe")) return next()
  try {
    await req.scope.resolve(Modules.PAYMENT).getWebhookActionAndData({
      provider,
      payload: {
        data: req.body as Record<string, unknown>,
        rawData: (req as { rawBody?: Buffer }).rawBody ?? "",
        headers: req.headers as Record<string, unknown>,
      },
    })
  } catch (error) {
    if (/constructWebhookEvent/.test(error instanceof Error ? error.message : String(error))) {
      res.status(400).send("Webhook Error: the Stripe signature does not verify")
      return
    }
  }
  next()
}
