import { defineMiddlewares } from "@medusajs/framework/http"
import { readTimeout } from "./utils/read-timeout"
import { serializeCartCompletion } from "./utils/serialize-cart-completion"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [serializeCartCompletion] },
    { matcher: "/store/*", method: ["GET"], middlewares: [readTimeout] },
  ],
})
