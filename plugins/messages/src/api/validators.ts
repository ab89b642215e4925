import { z } from "@medusajs/framework/zod"
import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"
import { multiLine, recordId, TEXT_LIMITS } from "@ocop/plugin-ocop/validation"
import { MAX_MESSAGE_LENGTH } from "../modules/messaging"

const body = multiLine(MAX_MESSAGE_LENGTH, 1)

/**
 * POST /store/messages/threads: about a product ({ product_id }) or about one of the customer's
 * orders and a seller with a part in it ({ order_id, seller_id }), with the first message.
 */
export const StoreStartThread = z
  .object({
    product_id: recordId().optional(),
    order_id: recordId().optional(),
    seller_id: recordId().optional(),
    body,
  })
  .strict()
  .superRefine((value, ctx) => {
    const aboutProduct = value.product_id !== undefined
    const aboutOrder = value.order_id !== undefined || value.seller_id !== undefined
    if (aboutProduct === aboutOrder)
      ctx.addIssue({ code: "custom", path: ["product_id"], message: "product_id: give it, or order_id with seller_id" })
    else if (aboutOrder && (!value.order_id || !value.seller_id)) {
      const missing = value.order_id ? "seller_id" : "order_id"
      ctx.addIssue({
        code: "custom",
        path: [missing],
        message: `${missing}: an order question names the order and the seller`,
      })
    }
  })
export type StoreStartThreadType = z.infer<typeof StoreStartThread>

/** POST …/threads/:id/messages */
export const PostMessage = z.object({ body }).strict()
export type PostMessageType = z.infer<typeof PostMessage>

/** POST …/threads/:id/report */
export const ReportThread = z.object({ reason: multiLine(TEXT_LIMITS.line, 1) }).strict()
export type ReportThreadType = z.infer<typeof ReportThread>

/** The lists of threads: newest activity first. */
export const ListThreads = listParams({ limit: 20, max: 100 })
export const listThreadsConfig = listQueryConfig({ limit: 20 })
