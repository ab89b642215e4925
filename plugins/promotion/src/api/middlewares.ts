import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { validateQuery } from "@ocop/plugin-ocop/api/utils/validate-query"
import { AdminCreateOcopCampaign, AdminListOcopCampaigns } from "./admin/ocop/campaigns/validators"
import { AdminCreateGiftBox } from "./admin/ocop/gift-boxes/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/admin/ocop/campaigns", methods: ["GET"], middlewares: [validateQuery(AdminListOcopCampaigns)] },
    { matcher: "/admin/ocop/campaigns", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateOcopCampaign)] },
    { matcher: "/admin/ocop/gift-boxes", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateGiftBox)] },
  ],
})
