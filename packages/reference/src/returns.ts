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
