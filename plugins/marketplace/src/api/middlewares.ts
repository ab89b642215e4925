import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { takesNoQuery, validateQuery } from "@ocop/plugin-ocop/validate-query"
import { SELLER_ACTOR } from "../constants"
import { anyMember, catalogueMember, requireRole, sellerSignIn } from "../lib/current-member"
import { acceptDocumentFiles } from "../lib/documents"
import { acceptImageFiles } from "../lib/images"
import { bindCartToOwner, bindOrderToBuyer, handOrderAccessToken } from "../lib/store-access"
import {
  AdminListSellers,
  adminListSellersConfig,
  AdminRejectSeller,
  AdminUpdateSeller,
} from "./admin/sellers/validators"
import { z } from "@medusajs/framework/zod"
import {
  SellerAppendTraceEvent,
  SellerCreateLot,
  SellerListLots,
  sellerListLotsConfig,
} from "./sellers/me/lots/validators"
import { SellerRegisterTradeItem, SellerTradeItemsFromPrefix } from "./sellers/me/trade-items/validators"
import {
  SellerCancelOrder,
  SellerListOrders,
  sellerListOrdersConfig,
  SellerShipOrder,
} from "./sellers/me/orders/validators"
import { SellerPayoutStatement, SellerPayouts } from "./sellers/me/payouts/validators"
import {
  SellerAddVariant,
  SellerCreateProduct,
  SellerListProducts,
  sellerListProductsConfig,
  SellerUpdateProduct,
} from "./sellers/me/products/validators"
import { SellerAcceptInvite, SellerInvite, SellerRegistration, SellerUpdate } from "./sellers/validators"
import { AdminDecideReturn } from "./admin/seller-returns/validators"
import { SellerAcceptReturn, SellerRefuseReturn } from "./sellers/me/returns/validators"
import {
  ReturnsListParams,
  returnsListConfig,
  StoreEscalateReturn,
  StoreRequestReturn,
} from "./store/ocop/returns/validators"
import { acceptFiles } from "../lib/multipart-files"
import { IMAGE_LIMITS } from "../lib/images"
import { RETURN_PHOTOS_MAX } from "../constants"

/** Registration and invitation acceptance: an auth identity not yet bound to a member. */
const registrationToken = authenticate(SELLER_ACTOR, ["bearer"], { allowUnregistered: true })
const owner = requireRole("owner")
const fulfilment = requireRole("owner", "staff")
const accounts = requireRole("owner", "accountant")
const noBody = validateAndTransformBody(z.object({}).strict())
/** A signed-in customer when there is one; a guest's order is reached with its token (lib/store-access). */
const maybeCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
const returnsList = validateAndTransformQuery(ReturnsListParams, returnsListConfig)

export default defineMiddlewares({
  routes: [
    // Carts and orders of every plugin and of Medusa itself: an id alone grants nothing (lib/store-access).
    { matcher: "/store/carts/:id", middlewares: [bindCartToOwner] },
    { matcher: "/store/shipping-options", middlewares: [bindCartToOwner] },
    { matcher: "/store/payment-collections", methods: ["POST"], middlewares: [bindCartToOwner] },
    { matcher: "/store/payment-collections/:id/payment-sessions", methods: ["POST"], middlewares: [bindCartToOwner] },
    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [handOrderAccessToken] },
    { matcher: "/store/orders/:id", methods: ["GET"], middlewares: [bindOrderToBuyer] },
    { matcher: "/store/orders/:id/bank-transfer", methods: ["GET"], middlewares: [bindOrderToBuyer] },
    { matcher: "/store/ocop/bookings/:order_id/voucher", methods: ["GET"], middlewares: [bindOrderToBuyer] },

    // Returns of an order's seller parts: its buyer, or a guest with the order's token.
    { matcher: "/store/ocop/orders/:id/returns", methods: ["GET"], middlewares: [maybeCustomer, bindOrderToBuyer] },
    {
      matcher: "/store/ocop/orders/:id/returns",
      methods: ["POST"],
      middlewares: [
        maybeCustomer,
        bindOrderToBuyer,
        acceptFiles({ maxBytes: IMAGE_LIMITS.maxBytes, maxFiles: RETURN_PHOTOS_MAX }),
        validateAndTransformBody(StoreRequestReturn),
      ],
    },
    {
      matcher: "/store/ocop/orders/:id/returns/:return_id",
      methods: ["GET"],
      middlewares: [maybeCustomer, bindOrderToBuyer],
    },
    {
      matcher: "/store/ocop/orders/:id/returns/:return_id/escalate",
      methods: ["POST"],
      middlewares: [maybeCustomer, bindOrderToBuyer, validateAndTransformBody(StoreEscalateReturn)],
    },
    {
      matcher: "/store/ocop/returns",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"]), returnsList],
    },

    {
      matcher: "/sellers",
      methods: ["POST"],
      middlewares: [registrationToken, validateAndTransformBody(SellerRegistration)],
    },
    {
      matcher: "/sellers/invites/accept",
      methods: ["POST"],
      middlewares: [registrationToken, validateAndTransformBody(SellerAcceptInvite)],
    },

    { matcher: "/sellers/me*", middlewares: [sellerSignIn] },
    { matcher: "/sellers/me", methods: ["GET"], middlewares: [anyMember] },
    { matcher: "/sellers/me", methods: ["POST"], middlewares: [owner, validateAndTransformBody(SellerUpdate)] },
    { matcher: "/sellers/me/dashboard", methods: ["GET"], middlewares: [anyMember] },
    { matcher: "/sellers/me/members", methods: ["GET"], middlewares: [anyMember] },
    { matcher: "/sellers/me/members/:id", methods: ["DELETE"], middlewares: [owner] },
    { matcher: "/sellers/me/invites", methods: ["POST"], middlewares: [owner, validateAndTransformBody(SellerInvite)] },
    { matcher: "/sellers/me/documents", methods: ["GET"], middlewares: [owner] },
    { matcher: "/sellers/me/documents", methods: ["POST"], middlewares: [owner, acceptDocumentFiles] },
    { matcher: "/sellers/me/documents/:id/file", methods: ["GET"], middlewares: [anyMember] },

    {
      matcher: "/sellers/me/products",
      methods: ["GET"],
      middlewares: [catalogueMember, validateAndTransformQuery(SellerListProducts, sellerListProductsConfig)],
    },
    {
      matcher: "/sellers/me/products",
      methods: ["POST"],
      middlewares: [catalogueMember, validateAndTransformBody(SellerCreateProduct)],
    },
    { matcher: "/sellers/me/products/:id", methods: ["GET", "DELETE"], middlewares: [catalogueMember] },
    {
      matcher: "/sellers/me/products/:id",
      methods: ["POST"],
      middlewares: [catalogueMember, validateAndTransformBody(SellerUpdateProduct)],
    },
    { matcher: "/sellers/me/products/:id/publish", methods: ["POST"], middlewares: [catalogueMember] },
    {
      matcher: "/sellers/me/products/:id/variants",
      methods: ["POST"],
      middlewares: [catalogueMember, validateAndTransformBody(SellerAddVariant)],
    },
    { matcher: "/sellers/me/products/:id/variants/:variant_id", methods: ["DELETE"], middlewares: [catalogueMember] },
    { matcher: "/sellers/me/uploads", methods: ["POST"], middlewares: [catalogueMember, acceptImageFiles] },

    { matcher: "/sellers/me/trade-items", methods: ["GET"], middlewares: [catalogueMember] },
    {
      matcher: "/sellers/me/trade-items",
      methods: ["POST"],
      middlewares: [catalogueMember, validateAndTransformBody(SellerRegisterTradeItem)],
    },
    {
      matcher: "/sellers/me/trade-items/prefix",
      methods: ["POST"],
      middlewares: [catalogueMember, validateAndTransformBody(SellerTradeItemsFromPrefix)],
    },
    {
      matcher: "/sellers/me/lots",
      methods: ["GET"],
      middlewares: [catalogueMember, validateAndTransformQuery(SellerListLots, sellerListLotsConfig)],
    },
    {
      matcher: "/sellers/me/lots",
      methods: ["POST"],
      middlewares: [catalogueMember, validateAndTransformBody(SellerCreateLot)],
    },
    { matcher: "/sellers/me/lots/:id", methods: ["GET"], middlewares: [catalogueMember] },
    {
      matcher: "/sellers/me/lots/:id/events",
      methods: ["POST"],
      middlewares: [catalogueMember, validateAndTransformBody(SellerAppendTraceEvent)],
    },

    {
      matcher: "/sellers/me/orders",
      methods: ["GET"],
      middlewares: [fulfilment, validateAndTransformQuery(SellerListOrders, sellerListOrdersConfig)],
    },
    { matcher: "/sellers/me/orders/:id", methods: ["GET"], middlewares: [fulfilment] },
    { matcher: "/sellers/me/orders/:id/accept", methods: ["POST"], middlewares: [fulfilment, noBody] },
    { matcher: "/sellers/me/orders/:id/pack", methods: ["POST"], middlewares: [fulfilment, noBody] },
    {
      matcher: "/sellers/me/orders/:id/ship",
      methods: ["POST"],
      middlewares: [fulfilment, validateAndTransformBody(SellerShipOrder)],
    },
    { matcher: "/sellers/me/orders/:id/deliver", methods: ["POST"], middlewares: [fulfilment, noBody] },
    {
      matcher: "/sellers/me/orders/:id/cancel",
      methods: ["POST"],
      middlewares: [fulfilment, validateAndTransformBody(SellerCancelOrder)],
    },
    { matcher: "/sellers/me/returns", methods: ["GET"], middlewares: [fulfilment, returnsList] },
    { matcher: "/sellers/me/returns/:id", methods: ["GET"], middlewares: [fulfilment] },
    {
      matcher: "/sellers/me/returns/:id/accept",
      methods: ["POST"],
      middlewares: [fulfilment, validateAndTransformBody(SellerAcceptReturn)],
    },
    {
      matcher: "/sellers/me/returns/:id/refuse",
      methods: ["POST"],
      middlewares: [fulfilment, validateAndTransformBody(SellerRefuseReturn)],
    },
    { matcher: "/sellers/me/returns/:id/received", methods: ["POST"], middlewares: [fulfilment, noBody] },
    { matcher: "/sellers/me/payouts", methods: ["GET"], middlewares: [accounts, validateQuery(SellerPayouts)] },
    {
      matcher: "/sellers/me/payouts/statement.csv",
      methods: ["GET"],
      middlewares: [accounts, validateQuery(SellerPayoutStatement)],
    },

    {
      matcher: "/store/ocop/orders/:id/shipments",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    {
      matcher: "/store/ocop/orders/:id/shipments/:number/received",
      methods: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"]), noBody],
    },

    {
      matcher: "/admin/sellers",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListSellers, adminListSellersConfig)],
    },
    { matcher: "/admin/seller-returns", methods: ["GET"], middlewares: [returnsList] },
    {
      matcher: "/admin/seller-returns/:id/decide",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminDecideReturn)],
    },
    { matcher: "/admin/seller-returns/:id/received", methods: ["POST"], middlewares: [noBody] },
    { matcher: "/admin/sellers/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateSeller)] },
    {
      matcher: "/admin/sellers/:id/reject",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminRejectSeller)],
    },
    // GET routes that take no query parameter refuse one (validate-query.ts).
    ...takesNoQuery(
      "/admin/seller-returns/:id",
      "/admin/sellers/:id",
      "/admin/sellers/:id/documents/:document_id/file",
      "/sellers/me",
      "/sellers/me/dashboard",
      "/sellers/me/members",
      "/sellers/me/documents",
      "/sellers/me/documents/:id/file",
      "/sellers/me/products/:id",
      "/sellers/me/trade-items",
      "/sellers/me/lots/:id",
      "/sellers/me/orders/:id",
      "/sellers/me/returns/:id",
      "/store/ocop/orders/:id/returns",
      "/store/ocop/orders/:id/returns/:return_id",
      "/store/ocop/orders/:id/shipments",
    ),
  ],
})
