/**
 * Where a store listing page starts or ends, for the next and previous pages: the order's keys of
 * a row (stars, decision date, certificate id). A page read "after" a row continues through the
 * listing's index from that row (keyset paging), so the 500th page costs what the first costs; an
 * OFFSET reads and drops every row before the page.
 *
 * Opaque to clients: base64url of the sort and the keys, refused (400) when it is not one.
 */
import type { StoreOcopSort } from "./store-listing"

export type ListingCursor = { sort: StoreOcopSort; stars: number; decision_date: Date; certificate_id: string }

export function encodeListingCursor(
  sort: StoreOcopSort,
  row: { stars: number; decision_date: Date | string; certificate_id: string },
) {
  const keys = [sort, row.stars, new Date(row.decision_date).toISOString(), row.certificate_id]
  return Buffer.from(JSON.stringify(keys)).toString("base64url")
}

/** The cursor `text` stands for, or null when it is not one. */
export function decodeListingCursor(text: string): ListingCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null
  let keys: unknown
  try {
    keys = JSON.parse(Buffer.from(text, "base64url").toString("utf8"))
  } catch {
    return null
  }
  if (!Array.isArray(keys) || keys.length !== 4) return null
  const [sort, stars, date, id] = keys
  const decisionDate = typeof date === "string" ? new Date(date) : new Date(NaN)
  if (
    (sort !== "stars" && sort !== "newest") ||
    !Number.isInteger(stars) ||
    Number.isNaN(decisionDate.getTime()) ||
    typeof id !== "string" ||
    !/^[A-Za-z0-9_]{1,100}$/.test(id)
  )
    return null
  return { sort, stars, decision_date: decisionDate, certificate_id: id }
}

/**
 * The rows of `matched` after (or before) the cursor in the sort's order, as a condition on its
 * columns, with its bindings. The leading keys compare as one row value, which PostgreSQL reads as
 * a range of the listing's index (its columns run the same way: stars and date descending); the
 * certificate id (ascending in that index) only breaks ties within one decision date.
 */
export function cursorCondition(cursor: ListingCursor, direction: "after" | "before") {
  const bindings = { cursor_stars: cursor.stars, cursor_date: cursor.decision_date, cursor_id: cursor.certificate_id }
  const [cmp, tie] = direction === "after" ? ["<=", "<="] : [">=", ">="]
  const sql =
    cursor.sort === "stars"
      ? `(stars, decision_date) ${cmp} (:cursor_stars, :cursor_date)
         AND NOT (stars = :cursor_stars AND decision_date = :cursor_date AND certificate_id ${tie} :cursor_id)`
      : `decision_date ${cmp} :cursor_date
         AND NOT (decision_date = :cursor_date AND certificate_id ${tie} :cursor_id)`
  return { sql, bindings }
}
