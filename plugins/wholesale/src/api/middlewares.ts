import { authenticate, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { validateQuery } from "@ocop/plugin-ocop/api/utils/validate-query"
import { AdminListDistributors, AdminRejectDistributor } from "./admin/distributors/validators"
import { StoreAddMember, StoreRegisterCompany, StoreUpdateMember } from "./store/distributors/validators"

const customerAuth = authenticate("customer", ["session", "bearer"])

// Validators and authentication of the wholesale routes (distributors, quotes, bulk orders) go here.
export default defineMiddlewares({
  routes: [
    // Distributor companies (wholesale-core).
    { matcher: "/store/distributors*", middlewares: [customerAuth] },
    { matcher: "/store/distributors", methods: ["POST"], middlewares: [validateAndTransformBody(StoreRegisterCompany)] },
    { matcher: "/store/distributors/me/members", methods: ["POST"], middlewares: [validateAndTransformBody(StoreAddMember)] },
    { matcher: "/store/distributors/me/members/:id", methods: ["POST"], middlewares: [validateAndTransformBody(StoreUpdateMember)] },
    { matcher: "/admin/distributors", methods: ["GET"], middlewares: [validateQuery(AdminListDistributors)] },
    { matcher: "/admin/distributors/:id/reject", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRejectDistributor)] },
  ],
})
