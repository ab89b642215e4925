import { defineMiddlewares } from "@medusajs/framework/http"
import { limitPasswordReset, limitSignIn } from "./utils/limit-auth-attempts"
import { serializeApprovalCompletion, serializeCartCompletion } from "./utils/serialize-cart-completion"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [serializeCartCompletion] },
    { matcher: "/store/distributors/me/approvals/:id/approve", method: ["POST"], middlewares: [serializeApprovalCompletion] },
    // Sign-in and password reset of every actor (customer, seller, admin user): limited per account and address.
    { matcher: "/auth/:actor_type/:auth_provider", method: ["POST"], middlewares: [limitSignIn] },
    { matcher: "/auth/:actor_type/:auth_provider/reset-password", method: ["POST"], middlewares: [limitPasswordReset] },
  ],
})
