import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { anyMember, sellerSignIn } from "@ocop/plugin-marketplace/current-member"
import { takesNoQuery } from "@ocop/plugin-ocop/validate-query"
import { ListThreads, listThreadsConfig, PostMessage, ReportThread, StoreStartThread } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
/** Every member of the seller reads and answers its messages (the accountant too: buyers ask about invoices). */
const member = [sellerSignIn, anyMember]
const list = validateAndTransformQuery(ListThreads, listThreadsConfig)

export default defineMiddlewares({
  routes: [
    { matcher: "/store/messages*", middlewares: [customer] },
    { matcher: "/store/messages/threads", methods: ["GET"], middlewares: [list] },
    {
      matcher: "/store/messages/threads",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreStartThread)],
    },
    {
      matcher: "/store/messages/threads/:id/messages",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(PostMessage)],
    },
    {
      matcher: "/store/messages/threads/:id/report",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(ReportThread)],
    },

    { matcher: "/sellers/me/messages*", middlewares: member },
    { matcher: "/sellers/me/messages", methods: ["GET"], middlewares: [list] },
    {
      matcher: "/sellers/me/messages/:id/messages",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(PostMessage)],
    },
    {
      matcher: "/sellers/me/messages/:id/report",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(ReportThread)],
    },

    // /admin/* is authenticated as an admin user by Medusa itself
    { matcher: "/admin/messages/threads", methods: ["GET"], middlewares: [list] },
    // GET routes that take no query parameter refuse one (validate-query.ts).
    ...takesNoQuery("/admin/messages/threads/:id", "/sellers/me/messages/:id", "/store/messages/threads/:id"),
  ],
})
