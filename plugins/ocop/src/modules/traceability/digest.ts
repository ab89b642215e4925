import canonicalize from "canonicalize"
import { merkleLeafHash, merkleRoot } from "./merkle"
import { sha256Canonical } from "./chain"

/**
 * The published digest of every lot's history. Each lot is one leaf: its head (the hash of its
 * last event, or its master hash while it has none) and its event count, in RFC 8785 canonical
 * JSON. The leaves, ordered by lot id, form an RFC 6962 Merkle tree; its root is the day's digest.
 * Whoever kept a root can later check a lot's history against it: recompute the lot's head after
 * `event_count` events from the events shown, hash the leaf, and walk the inclusion proof. A
 * rewrite of any of those events (even with every hash after it recomputed in the database) gives
 * another leaf, and the proof no longer reaches the kept root.
 */

export interface LotHead {
  lot_id: string
  gtin14: string
  lot_code: string
  event_count: number
  head_hash: string
}

export function headLeafData(head: LotHead): string {
  const text = canonicalize({
    kind: "ocop.trace.head/1",
    lot_id: head.lot_id,
    gtin14: head.gtin14,
    lot_code: head.lot_code,
    event_count: Number(head.event_count),
    head_hash: head.head_hash,
  })
  return text as string
}

export function headLeafHash(head: LotHead): string {
  return merkleLeafHash(headLeafData(head))
}

/** What a digest keeps of each leaf (trace_digest_head) and publishes with its proof. */
export const DIGEST_LEAF_FIELDS = [
  "position",
  "lot_id",
  "gtin14",
  "lot_code",
  "event_count",
  "head_hash",
  "leaf_hash",
] as const

export type DigestLeaf = LotHead & { position: number; leaf_hash: string }

export function digestLeafOf(row: DigestLeaf): DigestLeaf {
  return Object.fromEntries(DIGEST_LEAF_FIELDS.map((field) => [field, row[field]])) as unknown as DigestLeaf
}

/** Sorts the heads into leaf order (by lot id) and gives the root with each leaf's hash. */
export function buildDigestTree(heads: LotHead[]) {
  const leaves = [...heads]
    .sort((a, b) => (a.lot_id < b.lot_id ? -1 : a.lot_id > b.lot_id ? 1 : 0))
    .map((head, position) => ({ ...head, position, leaf_hash: headLeafHash(head) }))
  return { leaves, root: merkleRoot(leaves.map((l) => l.leaf_hash)) }
}

/**
 * The digest's own hash, chaining it to the previous one (so that dropping or replacing a
 * published digest is visible from the next).
 */
export function digestHash(digest: {
  day: string
  sequence: number
  root: string
  leaf_count: number
  previous_digest_hash: string | null
}) {
  return sha256Canonical({
    kind: "ocop.trace.digest/1",
    day: digest.day,
    sequence: Number(digest.sequence),
    root: digest.root,
    leaf_count: Number(digest.leaf_count),
    previous_digest_hash: digest.previous_digest_hash,
  })
}
