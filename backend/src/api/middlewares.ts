import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { refuseForgedStripeWebhooks } from "./utils/refuse-forged-webhooks"
import { ocopErrorHandler } from "@ocop/plugin-ocop/http/error-handler"
import { guardInput } from "@ocop/plugin-ocop/http/input-guard"
import { refuseNonWebProductImages } from "@ocop/plugin-ocop/http/product-image-urls"
import { takesNoQuery } from "@ocop/plugin-ocop/validate-query"
import { limitPasswordReset, limitRegistration, limitSignIn } from "./utils/limit-auth-attempts"
import { acceptReissuedTokens, refuseRevokedTokens } from "./utils/refuse-revoked-tokens"
import { retireGuestCustomer } from "./utils/retire-guest-customer"
import { serializeApprovalCompletion, serializeCartCompletion } from "./utils/serialize-cart-completion"

export default defineMiddlewares({
  // A value the database refuses as data is a 400, not a 500 (the net under the route schemas).
  errorHandler: ocopErrorHandler(),
  routes: [
    // No NUL or control character, no oversized string reaches any route (Medusa's or the plugins').
    { matcher: "/*", middlewares: [guardInput] },
    // Signed-out tokens are refused everywhere (a query only when a bearer token is sent).
    { matcher: "/*", middlewares: [refuseRevokedTokens] },
    {
      matcher: "/auth/token/revoke",
      methods: ["POST"],
      middlewares: [authenticate("*", ["bearer"], { allowUnregistered: true })],
    },
    // Stored image addresses are http(s) on Medusa's product routes too.
    { matcher: "/admin/products", methods: ["POST"], middlewares: [refuseNonWebProductImages] },
    { matcher: "/admin/products/:id", methods: ["POST"], middlewares: [refuseNonWebProductImages] },
    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [serializeCartCompletion] },
    {
      matcher: "/store/distributors/me/approvals/:id/approve",
      methods: ["POST"],
      middlewares: [serializeApprovalCompletion],
    },
    // Sign-in and password reset of every actor (customer, seller, admin user): limited per account and address.
    {
      matcher: "/auth/:actor_type/:auth_provider",
      methods: ["POST"],
      middlewares: [limitSignIn, acceptReissuedTokens],
    },
    {
      matcher: "/auth/:actor_type/:auth_provider/reset-password",
      methods: ["POST"],
      middlewares: [limitPasswordReset],
    },
    // New accounts of every actor: limited per client address.
    { matcher: "/auth/:actor_type/:auth_provider/register", methods: ["POST"], middlewares: [limitRegistration] },
    // Guest orders placed with the customer's e-mail join the account through Medusa's order transfer.
    {
      matcher: "/store/customers/me/guest-orders",
      methods: ["GET", "POST"],
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    { matcher: "/store/orders/:id/transfer/accept", methods: ["POST"], middlewares: [retireGuestCustomer] },
    // Medusa parses this route with the raw body kept (signature checks need it).
    { matcher: "/hooks/payment/:provider", methods: ["POST"], middlewares: [refuseForgedStripeWebhooks] },
    // GET routes that take no query parameter refuse one.
    ...takesNoQuery("/admin/catalogue-imports", "/store/customers/me/guest-orders"),
  ],
})
