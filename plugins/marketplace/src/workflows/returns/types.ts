import type { RefundAccountInput } from "../../lib/returns/bank-account"
import type { PreparedPhoto } from "../../lib/returns/photos"
import type { ReturnReason } from "../../modules/seller/models"

export interface RequestSellerReturnInput {
  order_id: string
  seller_order_id: string
  customer_id: string | null
  reason: ReturnReason
  note?: string | null
  lines: { item_id: string; quantity: number }[]
  refund_account?: RefundAccountInput | null
  photos: PreparedPhoto[]
}

/** Who decides: the seller on a new request, the admin on an escalated one. */
export type ReturnDecider = "seller" | "admin"

export interface DecideSellerReturnInput {
  id: string
  by: ReturnDecider
  decision: "accept" | "refuse"
  /** How to send the goods back (accepting). */
  instructions?: string | null
  /** Why (refusing); the admin's note either way. */
  reason?: string | null
}
