/**
 * Why a buyer returns goods, as the return form offers it and the marketplace records it. The
 * reasons that are the seller's fault decide who pays the return shipping (plugin-marketplace).
 */
export const RETURN_REASONS = [
  "damaged",
  "wrong_item",
  "missing_items",
  "not_as_described",
  "expired",
  "quality",
  "other",
] as const
export type ReturnReason = (typeof RETURN_REASONS)[number]

/** Where a return request stands (the marketplace records it; the buyer's, seller's and admin's pages show it). */
export const RETURN_STATUSES = [
  /** The buyer asked; the seller has not answered. */
  "requested",
  /** The seller (or the admin) accepted: the buyer sends the goods back as instructed. */
  "accepted",
  /** The seller refused with a reason; the buyer may escalate to the admin. */
  "refused",
  /** The buyer asked the admin to decide on the seller's refusal. */
  "escalated",
  /** The admin upheld the refusal: final. */
  "closed",
  /** The goods came back: stock restored, Medusa return received, refund recorded. */
  "refunded",
] as const
export type ReturnStatus = (typeof RETURN_STATUSES)[number]
