import type { MedusaContainer } from "@medusajs/framework/types"
import { recomputedHead } from "../../modules/traceability/chain"
import { headLeafHash } from "../../modules/traceability/digest"
import { merkleProof, verifyInclusion, type InclusionProof } from "../../modules/traceability/merkle"
import type { BrokenLink } from "../../modules/traceability/types"
import { iso, traceability } from "./lots"

type Container = Pick<MedusaContainer, "resolve">
type Row = Record<string, any>

/** The public address of a digest (on the backend's store API). */
export function digestPath(day: string) {
  return `/store/ocop/trace/digests/${day}`
}

// Digests never change once published, so their leaf hashes can be kept in memory: one read of a
// digest's leaves serves every lot page checked against it. The newest few are enough.
const leafCache = new Map<string, string[]>()
const LEAF_CACHE_SIZE = 4

async function leafHashes(container: Container, digestId: string): Promise<string[]> {
  const cached = leafCache.get(digestId)
  if (cached) return cached
  const leaves = await traceability(container).listTraceDigestHeads(
    { digest_id: digestId },
    { take: null, order: { position: "ASC" }, select: ["position", "leaf_hash"] },
  )
  const hashes = (leaves as Row[]).map((l) => l.leaf_hash as string)
  leafCache.set(digestId, hashes)
  while (leafCache.size > LEAF_CACHE_SIZE) leafCache.delete(leafCache.keys().next().value as string)
  return hashes
}

/** The inclusion proof of leaf `position` computed from the digest's leaf hashes. */
export async function proofFor(container: Container, digestId: string, position: number): Promise<InclusionProof> {
  return merkleProof(await leafHashes(container, digestId), position)
}

export function presentDigest(digest: Row) {
  return {
    id: digest.id,
    sequence: Number(digest.sequence),
    day: digest.day,
    root: digest.root,
    leaf_count: Number(digest.leaf_count),
    digest_hash: digest.digest_hash,
    previous_digest_hash: digest.previous_digest_hash ?? null,
    trigger: digest.trigger,
    published_at: iso(digest.created_at),
    url: digestPath(digest.day),
    algorithm:
      "RFC 6962 Merkle tree, SHA-256; leaf = SHA-256(0x00 || JCS({kind:'ocop.trace.head/1', lot_id, gtin14, lot_code, event_count, head_hash}))",
  }
}

export interface LotIntegrity {
  /** The chain is whole and the lot's history still matches the last digest that included it. */
  valid: boolean
  checked: number
  first_broken?: BrokenLink
  chain: { valid: boolean; checked: number; first_broken?: BrokenLink }
  /** The digest the history was checked against; null while no digest includes the lot yet. */
  digest:
    | (ReturnType<typeof presentDigest> & {
        event_count: number
        /** The head recomputed from the events shown now (stored hashes ignored). */
        recomputed_head_hash: string | null
        recomputed_leaf_hash: string | null
        recorded_leaf_hash: string
        proof: InclusionProof
        matches: boolean
      })
    | null
  message: { vi: string; en: string }
}

/**
 * Verifies a lot for people who do not trust the database: the hash chain of its stored rows
 * (edited, deleted, reordered events), then its history against the last published digest that
 * included it: the head recomputed from the events shown must, through the inclusion proof, give
 * that digest's root. Anyone who kept the root can repeat the second check.
 */
export async function verifyLotIntegrity(container: Container, lot: Row): Promise<LotIntegrity> {
  const service = traceability(container)
  const [chain, events, leaves] = await Promise.all([
    service.verifyTraceLot(lot.id),
    service.listTraceEvents({ lot_id: lot.id }, { take: null, order: { sequence: "ASC" } }),
    service.listTraceDigestHeads(
      { lot_id: lot.id },
      {
        take: null,
        order: { created_at: "ASC", id: "ASC" },
        select: ["id", "position", "event_count", "head_hash", "leaf_hash", "digest_id"],
      },
    ),
  ])
  const chainPart = chain.valid
    ? { valid: true, checked: chain.checked }
    : { valid: false, checked: chain.checked, first_broken: chain.first_broken }
  const headAt = new Map<number, string | null>()
  const recompute = (count: number) => {
    if (!headAt.has(count)) headAt.set(count, recomputedHead(lot as any, events as any, count))
    return headAt.get(count)!
  }
  // Every digest that included the lot must still agree with its events: a rewrite made after one
  // digest and before the next would otherwise pass against the newer one. The first that
  // disagrees is shown; else the newest.
  const rows = leaves as Row[]
  const disagreeing = rows.find((leaf) => recompute(Number(leaf.event_count)) !== leaf.head_hash)
  const leaf = disagreeing ?? rows[rows.length - 1]
  let digest: LotIntegrity["digest"] = null
  if (leaf) {
    const [record] = await service.listTraceDigests({ id: leaf.digest_id }, { take: 1 })
    const count = Number(leaf.event_count)
    const head = recompute(count)
    const recomputedLeaf = head
      ? headLeafHash({
          lot_id: lot.id,
          gtin14: lot.gtin14,
          lot_code: lot.lot_code,
          event_count: count,
          head_hash: head,
        })
      : null
    const proof = await proofFor(container, record.id, Number(leaf.position))
    digest = {
      ...presentDigest(record),
      event_count: count,
      recomputed_head_hash: head,
      recomputed_leaf_hash: recomputedLeaf,
      recorded_leaf_hash: leaf.leaf_hash,
      proof,
      matches: !disagreeing && !!recomputedLeaf && verifyInclusion(recomputedLeaf, proof, record.root),
    }
  }
  const valid = chainPart.valid && (digest ? digest.matches : true)
  const first_broken: BrokenLink | undefined =
    chain.first_broken ??
    (digest && !digest.matches
      ? {
          event_id: null,
          sequence: digest.event_count,
          reason: "digest_mismatch",
          expected_hash: digest.recorded_leaf_hash,
          stored_hash: digest.recomputed_leaf_hash ?? "",
          message: `the first ${digest.event_count} events no longer give the head published in the digest of ${digest.day}: the history was rewritten after it was published`,
        }
      : undefined)
  return {
    valid,
    checked: chain.checked,
    ...(first_broken ? { first_broken } : {}),
    chain: chainPart,
    digest,
    message: integrityMessage(valid, digest),
  }
}

function integrityMessage(valid: boolean, digest: LotIntegrity["digest"]): { vi: string; en: string } {
  if (!valid) {
    return {
      vi: "Lịch sử của lô này đã bị sửa hoặc xoá sau khi ghi nhận: không tin vào các bước hiển thị.",
      en: "This lot's history was changed or deleted after it was recorded: do not rely on the steps shown.",
    }
  }
  if (!digest) {
    return {
      vi: "Chuỗi băm của lô nguyên vẹn. Lô chưa có trong bản tóm tắt công bố nào (bản tóm tắt được công bố hằng ngày).",
      en: "The lot's hash chain is intact. The lot is not in a published digest yet (digests are published daily).",
    }
  }
  return {
    vi: `Chuỗi băm của lô nguyên vẹn và khớp với bản tóm tắt công bố ngày ${digest.day} (số ${digest.sequence}, gốc Merkle ${digest.root.slice(0, 16)}…).`,
    en: `The lot's hash chain is intact and matches the digest published on ${digest.day} (no. ${digest.sequence}, Merkle root ${digest.root.slice(0, 16)}…).`,
  }
}
