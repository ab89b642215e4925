import { z } from "@medusajs/framework/zod"
import { recordId } from "@ocop/plugin-ocop/validation"

/** GET /store/wholesale/orders/:id/documents/:kind?seller_id= : the seller whose part of the order to print. */
export const StoreOrderDocument = z.object({ seller_id: recordId() }).strict()
export type StoreOrderDocumentType = z.infer<typeof StoreOrderDocument>
