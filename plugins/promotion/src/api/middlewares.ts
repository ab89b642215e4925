import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { catalogueMember, sellerSignIn } from "@ocop/plugin-marketplace/current-member"
import { takesNoQuery, validateQuery } from "@ocop/plugin-ocop/validate-query"
import {
  AdminCreateOcopCampaign,
  AdminListOcopCampaigns,
  adminListOcopCampaignsConfig,
} from "./admin/ocop/campaigns/validators"
import {
  AdminCreateTradeEvent,
  AdminUpdateTradeEvent,
  ListTradeEvents,
  listTradeEventsConfig,
} from "./admin/ocop/events/validators"
import { AdminCreateGiftBox } from "./admin/ocop/gift-boxes/validators"
import { StoreFollow } from "./store/ocop/follows/validators"
import { StoreLivePrices } from "./store/ocop/live-prices/validators"
import { StoreProductCards } from "./store/ocop/product-cards/validators"
import { StoreProductPage } from "./store/ocop/products/[handle]/page/validators"
import { StoreListStories, storeListStoriesConfig } from "./store/ocop/stories/validators"
import { ProductStoryBody } from "./validators/product-story"
import { LivePinBody, LivePinOrderBody } from "./validators/live-pins"
import { SellerCheckIn, SellerCreateTourismSlot } from "./sellers/me/tourism/validators"
import { checkTourismCartCreated, checkTourismLineAdded, checkTourismLineUpdated } from "../lib/tourism-cart-lines"

/** A seller member who manages the catalogue (as for the seller's product routes in plugin-marketplace). */
const sellerCatalogue = [sellerSignIn, catalogueMember]
const customer = authenticate("customer", ["session", "bearer"])

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/ocop/campaigns",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListOcopCampaigns, adminListOcopCampaignsConfig)],
    },
    {
      matcher: "/admin/ocop/campaigns",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateOcopCampaign)],
    },
    {
      matcher: "/admin/ocop/gift-boxes",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateGiftBox)],
    },

    {
      matcher: "/admin/ocop/products/:id/story",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(ProductStoryBody)],
    },
    { matcher: "/sellers/me/products/:id/story", methods: ["GET"], middlewares: sellerCatalogue },
    {
      matcher: "/sellers/me/products/:id/story",
      methods: ["POST"],
      middlewares: [...sellerCatalogue, validateAndTransformBody(ProductStoryBody)],
    },
    {
      matcher: "/store/ocop/stories",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListStories, storeListStoriesConfig)],
    },
    {
      matcher: "/store/ocop/products/:handle/page",
      methods: ["GET"],
      middlewares: [validateQuery(StoreProductPage)],
    },
    {
      matcher: "/store/ocop/product-cards",
      methods: ["GET"],
      middlewares: [validateQuery(StoreProductCards)],
    },
    { matcher: "/store/ocop/live-prices", methods: ["GET"], middlewares: [validateQuery(StoreLivePrices)] },

    {
      matcher: "/admin/ocop/events",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(ListTradeEvents, listTradeEventsConfig)],
    },
    {
      matcher: "/admin/ocop/events",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateTradeEvent)],
    },
    {
      matcher: "/admin/ocop/events/:id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateTradeEvent)],
    },
    {
      matcher: "/store/ocop/events",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(ListTradeEvents, listTradeEventsConfig)],
    },
    // Live selling: the products pinned on a session with their session price.
    { matcher: "/admin/ocop/events/:id/pins", methods: ["POST"], middlewares: [validateAndTransformBody(LivePinBody)] },
    {
      matcher: "/admin/ocop/events/:id/pin-order",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(LivePinOrderBody)],
    },
    { matcher: "/sellers/me/live-sessions*", middlewares: sellerCatalogue },
    {
      matcher: "/sellers/me/live-sessions/:id/pins",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(LivePinBody)],
    },
    {
      matcher: "/sellers/me/live-sessions/:id/pin-order",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(LivePinOrderBody)],
    },

    { matcher: "/store/ocop/follows*", middlewares: [customer] },
    { matcher: "/store/ocop/follows", methods: ["POST"], middlewares: [validateAndTransformBody(StoreFollow)] },

    // Community tourism: a service line names an open slot with the places asked for.
    { matcher: "/store/carts", methods: ["POST"], middlewares: [checkTourismCartCreated] },
    { matcher: "/store/carts/:id/line-items", methods: ["POST"], middlewares: [checkTourismLineAdded] },
    { matcher: "/store/carts/:id/line-items/:line_id", methods: ["POST"], middlewares: [checkTourismLineUpdated] },
    { matcher: "/sellers/me/tourism*", middlewares: sellerCatalogue },
    {
      matcher: "/sellers/me/tourism/slots",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(SellerCreateTourismSlot)],
    },
    {
      matcher: "/sellers/me/tourism/check-ins",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(SellerCheckIn)],
    },
    // GET routes that take no query parameter refuse one (validate-query.ts).
    ...takesNoQuery(
      "/admin/ocop/campaigns/:id",
      "/admin/ocop/events/:id",
      "/admin/ocop/products/:id/story",
      "/admin/ocop/programme",
      "/admin/ocop/programme/export.csv",
      "/admin/ocop/tourism/slots",
      "/sellers/me/live-sessions",
      "/sellers/me/live-sessions/:id",
      "/sellers/me/products/:id/story",
      "/sellers/me/tourism/slots",
      "/sellers/me/tourism/slots/:id",
      "/store/ocop/bookings/:order_id/voucher",
      "/store/ocop/campaigns",
      "/store/ocop/campaigns/:identifier",
      "/store/ocop/events/:handle",
      "/store/ocop/follows",
      "/store/ocop/tourism/products/:id/slots",
    ),
  ],
})
