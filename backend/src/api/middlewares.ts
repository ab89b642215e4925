import { defineMiddlewares } from "@medusajs/framework/http"
import { refuseForgedStripeWebhooks } from "./utils/refuse-forged-webhooks"
import { ocopErrorHandler } from "@ocop/plugin-ocop/http/error-handler"
import { guardInput } from "@ocop/plugin-ocop/http/input-guard"
import { refuseNonWebProductImages } from "@ocop/plugin-ocop/http/product-image-urls"
import { serializeApprovalCompletion, serializeCartCompletion } from "./utils/serialize-cart-completion"

export default defineMiddlewares({
  // A value the database refuses as data is a 400, not a 500 (the net under the route schemas).
  errorHandler: ocopErrorHandler(),
  routes: [
    // No NUL or control character, no oversized string reaches any route (Medusa's or the plugins').
    { matcher: "/*", middlewares: [guardInput] },
    // Stored image addresses are http(s) on Medusa's product routes too.
    { matcher: "/admin/products", method: ["POST"], middlewares: [refuseNonWebProductImages] },
    { matcher: "/admin/products/:id", method: ["POST"], middlewares: [refuseNonWebProductImages] },
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [serializeCartCompletion] },
    { matcher: "/store/distributors/me/approvals/:id/approve", method: ["POST"], middlewares: [serializeApprovalCompletion] },
    // Medusa parses this route with the raw body kept (signature checks need it).
    { matcher: "/hooks/payment/:provider", method: ["POST"], middlewares: [refuseForgedStripeWebhooks] },
  ],
})
