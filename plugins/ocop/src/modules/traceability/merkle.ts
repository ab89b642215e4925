import { createHash } from "node:crypto"

/**
 * The Merkle tree of Certificate Transparency (RFC 6962 §2.1, restated in RFC 9162 §2.1): leaves
 * hashed as SHA-256(0x00 ‖ data), nodes as SHA-256(0x01 ‖ left ‖ right), the left subtree holding
 * the largest power of two below n. Written here rather than taken from a package because the
 * npm Merkle libraries hash leaves and nodes alike (no 0x00/0x01 domain separation, which lets a
 * node pass for a leaf) or bring a blockchain toolkit with them; this is the tree any CT tool and
 * the published algorithm can check, in a few lines. Hashes are lowercase hex.
 */

const sha256 = (...parts: Buffer[]): Buffer => createHash("sha256").update(Buffer.concat(parts)).digest()
const LEAF = Buffer.from([0])
const NODE = Buffer.from([1])

/** SHA-256(0x00 ‖ data): the hash of one leaf. */
export function merkleLeafHash(data: string | Buffer): string {
  return sha256(LEAF, typeof data === "string" ? Buffer.from(data, "utf8") : data).toString("hex")
}

function nodeHash(left: Buffer, right: Buffer): Buffer {
  return sha256(NODE, left, right)
}

/** The largest power of two strictly below n (n ≥ 2). */
function split(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

function subtreeRoot(leaves: Buffer[], from: number, to: number): Buffer {
  const n = to - from
  if (n === 1) return leaves[from]
  const k = split(n)
  return nodeHash(subtreeRoot(leaves, from, from + k), subtreeRoot(leaves, from + k, to))
}

const buffers = (leafHashes: string[]) => leafHashes.map((h) => Buffer.from(h, "hex"))

/** MTH(D[n]) from the leaves' hashes; the empty tree's root is SHA-256 of nothing. */
export function merkleRoot(leafHashes: string[]): string {
  if (!leafHashes.length) return sha256().toString("hex")
  return subtreeRoot(buffers(leafHashes), 0, leafHashes.length).toString("hex")
}

/** An inclusion proof: the audit path of leaf `leaf_index` in a tree of `tree_size` leaves. */
export interface InclusionProof {
  leaf_index: number
  tree_size: number
  /** Sibling hashes from the leaf up to the root (RFC 6962 PATH(m, D[n])). */
  path: string[]
}

function auditPath(leaves: Buffer[], m: number, from: number, to: number): Buffer[] {
  const n = to - from
  if (n <= 1) return []
  const k = split(n)
  return m < k
    ? [...auditPath(leaves, m, from, from + k), subtreeRoot(leaves, from + k, to)]
    : [...auditPath(leaves, m - k, from + k, to), subtreeRoot(leaves, from, from + k)]
}

/** The audit path of one leaf (O(n) per proof; use merkleProofs for many). */
export function merkleProof(leafHashes: string[], index: number): InclusionProof {
  if (!Number.isInteger(index) || index < 0 || index >= leafHashes.length)
    throw new RangeError(`no leaf ${index} in a tree of ${leafHashes.length}`)
  return {
    leaf_index: index,
    tree_size: leafHashes.length,
    path: auditPath(buffers(leafHashes), index, 0, leafHashes.length).map((b) => b.toString("hex")),
  }
}

/** The audit paths of every leaf in one pass over the tree (each subtree's root computed once). */
export function merkleProofs(leafHashes: string[]): InclusionProof[] {
  const leaves = buffers(leafHashes)
  const paths: Buffer[][] = leaves.map(() => [])
  const walk = (from: number, to: number): Buffer => {
    if (to - from === 1) return leaves[from]
    const k = split(to - from)
    const left = walk(from, from + k)
    const right = walk(from + k, to)
    for (let i = from; i < from + k; i++) paths[i].push(right)
    for (let i = from + k; i < to; i++) paths[i].push(left)
    return nodeHash(left, right)
  }
  if (leaves.length) walk(0, leaves.length)
  return paths.map((path, i) => ({ leaf_index: i, tree_size: leaves.length, path: path.map((b) => b.toString("hex")) }))
}

/**
 * Recomputes the root from a leaf hash and its proof (RFC 9162 §2.1.3.2) and compares it with the
 * root one kept. False for any malformed proof.
 */
export function verifyInclusion(leafHash: string, proof: InclusionProof, root: string): boolean {
  const { leaf_index, tree_size, path } = proof
  if (!Number.isInteger(leaf_index) || !Number.isInteger(tree_size) || leaf_index < 0 || leaf_index >= tree_size)
    return false
  if (!/^[0-9a-f]{64}$/.test(leafHash) || !path.every((h) => /^[0-9a-f]{64}$/.test(h))) return false
  let fn = leaf_index
  let sn = tree_size - 1
  let r: Buffer = Buffer.from(leafHash, "hex")
  for (const p of path) {
    if (sn === 0) return false
    const sibling = Buffer.from(p, "hex")
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(sibling, r)
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1
          sn >>= 1
        }
      }
    } else {
      r = nodeHash(r, sibling)
    }
    fn >>= 1
    sn >>= 1
  }
  return sn === 0 && r.toString("hex") === root
}
