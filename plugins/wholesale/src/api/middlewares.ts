import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { anyMember, catalogueMember, requireRole, sellerSignIn } from "@ocop/plugin-marketplace/current-member"
import { takesNoQuery, validateQuery } from "@ocop/plugin-ocop/validate-query"
import { guardCartInvoice } from "../lib/guard-cart-invoice"
import { guardQuotedLine } from "../lib/guard-quoted-line"
import { voidApprovalOnCartChange } from "../lib/void-approval-on-cart-change"
import {
  AdminListDistributors,
  adminListDistributorsConfig,
  AdminRejectDistributor,
} from "./admin/distributors/validators"
import { SellerAnswerQuote } from "./sellers/me/quotes/validators"
import { SellerWholesaleTerms } from "./sellers/me/products/[id]/wholesale/validators"
import {
  StoreAddMember,
  StoreListApprovals,
  storeListApprovalsConfig,
  StoreRegisterCompany,
  StoreRejectApproval,
  StoreRequestApproval,
  StoreUpdateMember,
} from "./store/distributors/validators"
import { StoreAddBulkOrder, StoreCheckBulkOrder } from "./store/wholesale/bulk/validators"
import { StoreOrderDocument } from "./store/wholesale/orders/validators"
import {
  QuoteMessageBody,
  StoreListQuotes,
  storeListQuotesConfig,
  StoreRequestQuotes,
} from "./store/wholesale/quotes/validators"

const customerAuth = authenticate("customer", ["session", "bearer"])
const noBody = validateAndTransformBody(z.object({}).strict())
const sellerCatalogue = [sellerSignIn, catalogueMember]
/** A CSV of 10,000 lines, base64: a few hundred kB. */
const bulkBody = { sizeLimit: "10mb" }

// Validators and authentication of the wholesale routes (distributors, quotes, bulk orders) go here.
// /sellers/me* is authenticated as the seller actor by the marketplace plugin's middlewares.
export default defineMiddlewares({
  routes: [
    // Distributor companies, wholesale prices and bulk orders.
    { matcher: "/store/distributors*", middlewares: [customerAuth] },
    {
      matcher: "/store/distributors",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreRegisterCompany)],
    },
    {
      matcher: "/store/distributors/me/members",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreAddMember)],
    },
    { matcher: "/store/distributors/invitations/:id/accept", methods: ["POST"], middlewares: [noBody] },
    { matcher: "/store/distributors/invitations/:id/decline", methods: ["POST"], middlewares: [noBody] },
    {
      matcher: "/store/distributors/me/members/:id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreUpdateMember)],
    },
    {
      matcher: "/store/distributors/me/approvals",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListApprovals, storeListApprovalsConfig)],
    },
    {
      matcher: "/store/distributors/me/approvals",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreRequestApproval)],
    },
    {
      matcher: "/store/distributors/me/approvals/:id/reject",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreRejectApproval)],
    },
    // The spending limit is checked at completion under the checkout lock (lib/spending-limit, checkCartCompletion).
    { matcher: "/store/carts/:id", middlewares: [voidApprovalOnCartChange] },
    { matcher: "/store/wholesale*", middlewares: [customerAuth] },
    {
      matcher: "/store/wholesale/orders/:id/documents/:kind",
      methods: ["GET"],
      middlewares: [validateQuery(StoreOrderDocument)],
    },
    {
      matcher: "/store/wholesale/bulk/check",
      methods: ["POST"],
      bodyParser: bulkBody,
      middlewares: [validateAndTransformBody(StoreCheckBulkOrder)],
    },
    {
      matcher: "/store/wholesale/bulk/add",
      methods: ["POST"],
      bodyParser: bulkBody,
      middlewares: [validateAndTransformBody(StoreAddBulkOrder)],
    },
    { matcher: "/sellers/me/products/:id/wholesale", methods: ["GET"], middlewares: sellerCatalogue },
    {
      matcher: "/sellers/me/products/:id/wholesale",
      methods: ["POST"],
      middlewares: [...sellerCatalogue, validateAndTransformBody(SellerWholesaleTerms)],
    },
    {
      matcher: "/admin/distributors",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListDistributors, adminListDistributorsConfig)],
    },
    {
      matcher: "/admin/distributors/:id/reject",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminRejectDistributor)],
    },

    // Bank transfer and VAT invoice data. /store/wholesale* needs a signed-in
    // customer (above); the cart's invoice and an order's transfer are reached by their ids, guests too.
    { matcher: "/store/carts/:id", methods: ["POST"], middlewares: [guardCartInvoice] },
    {
      matcher: "/sellers/me/wholesale/orders/:id/documents/:kind",
      methods: ["GET"],
      middlewares: [anyMember],
    },
    {
      matcher: "/sellers/me/wholesale/orders/:id",
      methods: ["GET"],
      middlewares: [anyMember],
    },
    {
      matcher: "/sellers/me/wholesale/orders/:id/confirm-receipt",
      methods: ["POST"],
      middlewares: [requireRole("owner", "accountant")],
    },

    // Quotes (RFQ): distributors under /store/wholesale/quotes, sellers under /sellers/me/quotes.
    { matcher: "/store/carts/:id/line-items/:line_id", methods: ["POST"], middlewares: [guardQuotedLine] },
    {
      matcher: "/store/wholesale/quotes",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListQuotes, storeListQuotesConfig)],
    },
    {
      matcher: "/store/wholesale/quotes",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreRequestQuotes)],
    },
    { matcher: "/store/wholesale/quotes/:id/accept", methods: ["POST"], middlewares: [noBody] },
    { matcher: "/store/wholesale/quotes/:id/decline", methods: ["POST"], middlewares: [noBody] },
    {
      matcher: "/store/wholesale/quotes/:id/messages",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(QuoteMessageBody)],
    },
    {
      matcher: "/sellers/me/quotes",
      methods: ["GET"],
      middlewares: [catalogueMember, validateAndTransformQuery(StoreListQuotes, storeListQuotesConfig)],
    },
    { matcher: "/sellers/me/quotes/:id", methods: ["GET"], middlewares: [catalogueMember] },
    {
      matcher: "/sellers/me/quotes/:id/answer",
      methods: ["POST"],
      middlewares: [catalogueMember, validateAndTransformBody(SellerAnswerQuote)],
    },
    {
      matcher: "/sellers/me/quotes/:id/messages",
      methods: ["POST"],
      middlewares: [catalogueMember, validateAndTransformBody(QuoteMessageBody)],
    },
    // GET routes that take no query parameter refuse one (validate-query.ts).
    ...takesNoQuery(
      "/admin/distributors/:id",
      "/admin/wholesale/orders/:id",
      "/sellers/me/products/:id/wholesale",
      "/sellers/me/quotes/:id",
      "/sellers/me/wholesale/orders/:id",
      "/sellers/me/wholesale/orders/:id/documents/:kind",
      "/store/distributors/invitations",
      "/store/distributors/me",
      "/store/orders/:id/bank-transfer",
      "/store/wholesale/invoice-details",
      "/store/wholesale/orders.csv",
      "/store/wholesale/orders/:id/lines",
      "/store/wholesale/products/:id",
      "/store/wholesale/quotes/:id",
    ),
  ],
})
