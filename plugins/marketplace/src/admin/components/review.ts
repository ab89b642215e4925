/**
 * The pure part of a registration review list (sellers, distributor companies): which statuses
 * can be listed, what a row offers the reviewer, and how a status is coloured.
 */

export type ReviewStatus = "pending" | "rejected" | string

export type Reviewable = { id: string; status: ReviewStatus; rejection_reason: string | null }

/** The statuses the list can be filtered by: pending first, the accepted status, rejected, all. */
export function reviewFilters(accepted: string): string[] {
  return ["pending", accepted, "rejected", "all"]
}

/** The list query for a filter ("all" lists every status). */
export function reviewQuery(filter: string, limit = 100): string {
  const query = new URLSearchParams({ limit: String(limit) })
  if (filter !== "all") query.set("status", filter)
  return query.toString()
}

/** A pending or rejected registration can still be accepted; only a pending one can be rejected. */
export function reviewActions(row: Reviewable, accepted: string): { accept: boolean; reject: boolean } {
  return { accept: row.status !== accepted, reject: row.status === "pending" }
}

/** The translation key of a status (or the "all" filter), as the reviewer reads it (admin/i18n). */
export function statusKey(status: string): string {
  return `ocop_review.status.${status}`
}

export function statusColor(status: ReviewStatus, accepted: string): "orange" | "green" | "red" | "grey" {
  if (status === "pending") return "orange"
  if (status === accepted) return "green"
  if (status === "rejected") return "red"
  return "grey"
}
