import { defineMiddlewares } from "@medusajs/framework/http"
import { takesNoQuery, validateQuery } from "@ocop/plugin-ocop/validate-query"
import { StoreSearchOcopProducts } from "./store/ocop/search/validators"

/**
 * The search routes keep the paths the storefront has always called: `/store/ocop/search` and
 * `/admin/ocop/search/*` (Medusa's own Search Module already serves `/store/search` and
 * `/admin/search`). The admin routes need an admin session (Medusa's default for `/admin/*`).
 */
export default defineMiddlewares({
  routes: [
    { matcher: "/store/ocop/search", methods: ["GET"], middlewares: [validateQuery(StoreSearchOcopProducts)] },
    // GET routes that take no query parameter refuse one (validate-query.ts).
    ...takesNoQuery("/admin/ocop/search/status"),
  ],
})
