import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { anyMember, catalogueMember, sellerSignIn } from "@ocop/plugin-marketplace/current-member"
import { takesNoQuery } from "@ocop/plugin-ocop/validate-query"
import { IMAGE_LIMITS } from "@ocop/plugin-marketplace/images"
import { acceptFiles } from "@ocop/plugin-marketplace/multipart-files"
import { attachProductRatings } from "../lib/attach-ratings"
import { REVIEW_LIMITS } from "../modules/review"
import {
  AdminHideReview,
  AdminListReviews,
  adminListReviewsConfig,
  SellerListReviews,
  sellerListReviewsConfig,
  SellerReply,
  StoreCreateReview,
  StoreListProductReviews,
  storeListProductReviewsConfig,
  StoreUpdateReview,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
/** Any member of the seller reads its reviews; the owner and staff (who manage the catalogue) reply. */
const sellerMember = [sellerSignIn, anyMember]
const sellerReplier = [sellerSignIn, catalogueMember]
/** A review's photos as multipart `files`, within the product image byte limit. */
const acceptReviewPhotos = acceptFiles({ maxBytes: IMAGE_LIMITS.maxBytes, maxFiles: REVIEW_LIMITS.photos })
/** Photos in a JSON body are base64: room for four within the image limit. */
const photosInJson = `${Math.ceil((REVIEW_LIMITS.photos * IMAGE_LIMITS.maxBytes * 4) / 3 / 1024 / 1024) + 1}mb`

export default defineMiddlewares({
  routes: [
    { matcher: "/store/ocop/products", methods: ["GET"], middlewares: [attachProductRatings] },
    { matcher: "/store/ocop/product-cards", methods: ["GET"], middlewares: [attachProductRatings] },
    {
      matcher: "/store/ocop/products/:handle/reviews",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListProductReviews, storeListProductReviewsConfig)],
    },
    {
      matcher: "/store/ocop/reviews",
      methods: ["POST"],
      bodyParser: { sizeLimit: photosInJson },
      middlewares: [customer, acceptReviewPhotos, validateAndTransformBody(StoreCreateReview)],
    },
    {
      matcher: "/store/ocop/reviews/:id",
      methods: ["POST"],
      bodyParser: { sizeLimit: photosInJson },
      middlewares: [customer, acceptReviewPhotos, validateAndTransformBody(StoreUpdateReview)],
    },
    { matcher: "/store/customers/me/reviews", methods: ["GET"], middlewares: [customer] },

    {
      matcher: "/sellers/me/reviews",
      methods: ["GET"],
      middlewares: [...sellerMember, validateAndTransformQuery(SellerListReviews, sellerListReviewsConfig)],
    },
    {
      matcher: "/sellers/me/reviews/:id/reply",
      methods: ["POST"],
      middlewares: [...sellerReplier, validateAndTransformBody(SellerReply)],
    },

    {
      matcher: "/admin/ocop/reviews",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListReviews, adminListReviewsConfig)],
    },
    {
      matcher: "/admin/ocop/reviews/:id/hide",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminHideReview)],
    },
    {
      matcher: "/admin/ocop/reviews/:id/unhide",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(z.object({}).strict())],
    },
    // GET routes that take no query parameter refuse one (validate-query.ts).
    ...takesNoQuery("/store/customers/me/reviews"),
  ],
})
