import { defineMiddlewares } from "@medusajs/framework/http"
import { serializeApprovalCompletion, serializeCartCompletion } from "./utils/serialize-cart-completion"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [serializeCartCompletion] },
    { matcher: "/store/distributors/me/approvals/:id/approve", method: ["POST"], middlewares: [serializeApprovalCompletion] },
  ],
})
