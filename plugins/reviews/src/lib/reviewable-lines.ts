import { MedusaError } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import { rows, type Container } from "./sql"

/** The status of a seller's order part once the buyer has it: only then can its lines be reviewed. */
export const REVIEWABLE_PART_STATUS = "delivered"
/** The most lines the account page lists at once (newest deliveries first). */
export const REVIEWABLE_LIMIT = 50

export interface CustomerLine {
  line_item_id: string
  order_id: string
  order_display_id: number
  product_id: string | null
  product_title: string | null
  product_handle: string | null
  variant_title: string | null
  thumbnail: string | null
  seller_id: string
  part_number: string
  part_status: string
  review_id: string | null
}

/**
 * The customer's order lines with the seller part that holds each (its status) and the line's
 * review if any. Only the signed-in customer's own orders: another customer's line looks unknown.
 * One statement through indexes (the customer's orders, each order's items), at most `limit` rows.
 */
const LINES_SQL = (where: string) => `
SELECT li.id AS line_item_id, o.id AS order_id, o.display_id AS order_display_id,
       li.product_id, coalesce(li.product_title, li.title) AS product_title, li.product_handle,
       li.variant_title, li.thumbnail, so.seller_id, so.number AS part_number, so.status AS part_status,
       r.id AS review_id
  FROM "order" o
  JOIN seller_order so ON so.order_id = o.id AND so.deleted_at IS NULL
  JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
  JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
                         AND so.item_ids::jsonb @> jsonb_build_array(li.id)
  LEFT JOIN review r ON r.line_item_id = li.id AND r.deleted_at IS NULL
 WHERE o.customer_id = :customer AND o.deleted_at IS NULL ${where}
 ORDER BY so.delivered_at DESC NULLS LAST, so.placed_at DESC, o.id, li.id
 LIMIT :limit`

/** The customer's lines whose part is delivered, reviewed or not (newest first, at most REVIEWABLE_LIMIT). */
export async function deliveredLines(container: Container, customerId: string): Promise<CustomerLine[]> {
  return rows<CustomerLine>(container, LINES_SQL("AND so.status = :status AND li.product_id IS NOT NULL"), {
    customer: customerId,
    status: REVIEWABLE_PART_STATUS,
    limit: REVIEWABLE_LIMIT,
  })
}

/**
 * The line a customer asks to review, if they may: their own line (404 otherwise, as for an unknown
 * id), of a part delivered to them (400 before), of a product still in the catalogue, not yet
 * reviewed (422: a line is reviewed once; the review can be edited instead).
 */
export async function reviewableLine(container: Container, customerId: string, lineItemId: string) {
  const [line] = await rows<CustomerLine>(container, LINES_SQL("AND li.id = :line"), {
    customer: customerId,
    line: lineItemId,
    limit: 1,
  })
  if (!line) throw notFound(`line_item_id: no order line ${lineItemId} of yours`)
  if (line.part_status !== REVIEWABLE_PART_STATUS) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `line_item_id: a line can be reviewed once its delivery has arrived (its order part is ${line.part_status})`,
    )
  }
  if (!line.product_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "line_item_id: the product is no longer sold")
  }
  if (line.review_id) {
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      `line_item_id: this line already has your review ${line.review_id}; edit it instead`,
    )
  }
  return line as CustomerLine & { product_id: string }
}
