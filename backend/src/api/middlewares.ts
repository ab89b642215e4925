import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { limitPasswordReset, limitSignIn } from "./utils/limit-auth-attempts"
import { refuseRevokedTokens } from "./utils/refuse-revoked-tokens"
import { retireGuestCustomer } from "./utils/retire-guest-customer"
import { serializeApprovalCompletion, serializeCartCompletion } from "./utils/serialize-cart-completion"

export default defineMiddlewares({
  routes: [
    // Signed-out tokens are refused everywhere (a query only when a bearer token is sent).
    { matcher: "/*", middlewares: [refuseRevokedTokens] },
    { matcher: "/auth/token/revoke", method: ["POST"], middlewares: [authenticate("*", ["bearer"], { allowUnregistered: true })] },
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [serializeCartCompletion] },
    { matcher: "/store/distributors/me/approvals/:id/approve", method: ["POST"], middlewares: [serializeApprovalCompletion] },
    // Sign-in and password reset of every actor (customer, seller, admin user): limited per account and address.
    { matcher: "/auth/:actor_type/:auth_provider", method: ["POST"], middlewares: [limitSignIn] },
    { matcher: "/auth/:actor_type/:auth_provider/reset-password", method: ["POST"], middlewares: [limitPasswordReset] },
    // Guest orders placed with the customer's e-mail join the account through Medusa's order transfer.
    { matcher: "/store/customers/me/guest-orders", method: ["GET", "POST"], middlewares: [authenticate("customer", ["session", "bearer"])] },
    { matcher: "/store/orders/:id/transfer/accept", method: ["POST"], middlewares: [retireGuestCustomer] },
  ],
})
