import { defineMiddlewares } from "@medusajs/framework/http"
import { serializeCartCompletion } from "./utils/serialize-cart-completion"

export default defineMiddlewares({
  routes: [{ matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [serializeCartCompletion] }],
})
