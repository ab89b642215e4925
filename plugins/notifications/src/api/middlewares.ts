import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { anyMember } from "@ocop/plugin-marketplace/current-member"
import { takesNoQuery } from "@ocop/plugin-ocop/validate-query"
import { ListNotifications, listNotificationsConfig, NoBody, SavePreferences } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
/** Every member of a seller reads its notifications (/sellers/me* is authenticated by the marketplace). */
const list = validateAndTransformQuery(ListNotifications, listNotificationsConfig)
const noBody = validateAndTransformBody(NoBody)
const preferences = validateAndTransformBody(SavePreferences)

export default defineMiddlewares({
  routes: [
    { matcher: "/store/ocop/notifications*", middlewares: [customer] },
    { matcher: "/store/ocop/notifications", methods: ["GET"], middlewares: [list] },
    { matcher: "/store/ocop/notifications/read", methods: ["POST"], middlewares: [noBody] },
    { matcher: "/store/ocop/notifications/:id/read", methods: ["POST"], middlewares: [noBody] },
    { matcher: "/store/ocop/notifications/preferences", methods: ["POST"], middlewares: [preferences] },

    { matcher: "/sellers/me/notifications*", middlewares: [anyMember] },
    { matcher: "/sellers/me/notifications", methods: ["GET"], middlewares: [list] },
    { matcher: "/sellers/me/notifications/read", methods: ["POST"], middlewares: [noBody] },
    { matcher: "/sellers/me/notifications/:id/read", methods: ["POST"], middlewares: [noBody] },
    { matcher: "/sellers/me/notifications/preferences", methods: ["POST"], middlewares: [preferences] },
    // GET routes that take no query parameter refuse one (validate-query.ts).
    ...takesNoQuery(
      "/sellers/me/notifications/unread",
      "/sellers/me/notifications/preferences",
      "/store/ocop/notifications/unread",
      "/store/ocop/notifications/preferences",
    ),
  ],
})
