import { defineMiddlewares } from "@medusajs/framework/http"
import { refuseForgedStripeWebhooks } from "./utils/refuse-forged-webhooks"
import { serializeApprovalCompletion, serializeCartCompletion } from "./utils/serialize-cart-completion"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [serializeCartCompletion] },
    { matcher: "/store/distributors/me/approvals/:id/approve", method: ["POST"], middlewares: [serializeApprovalCompletion] },
    // Medusa parses this route with the raw body kept (signature checks need it).
    { matcher: "/hooks/payment/:provider", method: ["POST"], middlewares: [refuseForgedStripeWebhooks] },
  ],
})
