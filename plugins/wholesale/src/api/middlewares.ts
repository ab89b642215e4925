import { authenticate, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { requireRole } from "@ocop/plugin-marketplace/lib/current-member"
import { validateQuery } from "@ocop/plugin-ocop/api/utils/validate-query"
import { requireApprovalAboveLimit } from "../lib/spending-limit"
import { AdminListDistributors, AdminRejectDistributor } from "./admin/distributors/validators"
import { SellerWholesaleTerms } from "./sellers/me/products/[id]/wholesale/validators"
import {
  StoreAddMember,
  StoreListApprovals,
  StoreRegisterCompany,
  StoreRejectApproval,
  StoreRequestApproval,
  StoreUpdateMember,
} from "./store/distributors/validators"
import { StoreAddBulkOrder, StoreCheckBulkOrder } from "./store/wholesale/bulk/validators"

const customerAuth = authenticate("customer", ["session", "bearer"])
const sellerCatalogue = [authenticate("seller", ["bearer", "session"]), requireRole("owner", "staff")]
/** A CSV of 10,000 lines, base64: a few hundred kB. */
const bulkBody = { sizeLimit: "10mb" }

// Validators and authentication of the wholesale routes (distributors, quotes, bulk orders) go here.
export default defineMiddlewares({
  routes: [
    // Distributor companies, wholesale prices and bulk orders (wholesale-core).
    { matcher: "/store/distributors*", middlewares: [customerAuth] },
    { matcher: "/store/distributors", methods: ["POST"], middlewares: [validateAndTransformBody(StoreRegisterCompany)] },
    { matcher: "/store/distributors/me/members", methods: ["POST"], middlewares: [validateAndTransformBody(StoreAddMember)] },
    { matcher: "/store/distributors/me/members/:id", methods: ["POST"], middlewares: [validateAndTransformBody(StoreUpdateMember)] },
    { matcher: "/store/distributors/me/approvals", methods: ["GET"], middlewares: [validateQuery(StoreListApprovals)] },
    { matcher: "/store/distributors/me/approvals", methods: ["POST"], middlewares: [validateAndTransformBody(StoreRequestApproval)] },
    { matcher: "/store/distributors/me/approvals/:id/reject", methods: ["POST"], middlewares: [validateAndTransformBody(StoreRejectApproval)] },
    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [requireApprovalAboveLimit] },
    { matcher: "/store/wholesale*", middlewares: [customerAuth] },
    {
      matcher: "/store/wholesale/bulk/check",
      methods: ["POST"],
      bodyParser: bulkBody,
      middlewares: [validateAndTransformBody(StoreCheckBulkOrder)],
    },
    { matcher: "/store/wholesale/bulk/add", methods: ["POST"], bodyParser: bulkBody, middlewares: [validateAndTransformBody(StoreAddBulkOrder)] },
    { matcher: "/sellers/me/products/:id/wholesale", methods: ["GET"], middlewares: sellerCatalogue },
    {
      matcher: "/sellers/me/products/:id/wholesale",
      methods: ["POST"],
      middlewares: [...sellerCatalogue, validateAndTransformBody(SellerWholesaleTerms)],
    },
    { matcher: "/admin/distributors", methods: ["GET"], middlewares: [validateQuery(AdminListDistributors)] },
    { matcher: "/admin/distributors/:id/reject", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRejectDistributor)] },
  ],
})
