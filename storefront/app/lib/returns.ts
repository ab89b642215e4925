/** Returns of a seller's delivered part: what the pages show (shared by the buyer's and the seller's pages). */

import type { ReturnReason } from "@ocop/reference"

export { RETURN_REASONS, type ReturnReason } from "@ocop/reference"
export type ReturnStatus = "requested" | "accepted" | "refused" | "escalated" | "closed" | "refunded"

export interface ReturnLine {
  item_id: string
  quantity: number
  title: string
  variant_title: string | null
  amount: number
}

export interface ReturnRequest {
  id: string
  seller_order_id: string
  number: string
  seller: { id: string; legal_name: string } | null
  status: ReturnStatus
  reason: ReturnReason
  note: string | null
  lines: ReturnLine[]
  photos: { id: string; url: string }[]
  refund_amount: number
  /** What sending the goods back costs, and who pays it (the buyer: out of the refund). */
  return_shipping: { amount: number; paid_by: "seller" | "buyer" | null }
  payment_method: "card" | "cash_on_delivery" | "bank_transfer"
  refund_account?: { bank: string; account_number: string; holder: string } | null
  window_ends_at: string
  instructions: string | null
  refusal_reason: string | null
  escalation_note: string | null
  admin_note: string | null
  decided_by?: "seller" | "admin" | null
  created_at: string
  can_escalate?: boolean
  can_decide?: boolean
  can_receive?: boolean
}

export interface ReturnablePart {
  id: string
  number: string
  seller: { id: string; legal_name: string }
  status: string
  delivered_at: string | null
  window_ends_at: string | null
  can_return: boolean
  open_return_id: string | null
  items: {
    id: string
    title: string
    variant_title: string | null
    quantity: number
    returned: number
    returnable: number
    unit_amount: number
  }[]
}

export interface OrderReturns {
  payment_method: "card" | "cash_on_delivery" | "bank_transfer"
  /** What sending goods back costs; the seller pays it for these reasons, else it comes out of the refund. */
  return_shipping: { amount: number; seller_pays_for: ReturnReason[] }
  parts: ReturnablePart[]
  returns: ReturnRequest[]
}
