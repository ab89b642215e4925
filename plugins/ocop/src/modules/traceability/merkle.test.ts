import { describe, expect, it } from "vitest"
import { merkleLeafHash, merkleProof, merkleProofs, merkleRoot, verifyInclusion } from "./merkle"
import { headLeafHash } from "./digest"

// The reference vectors of Certificate Transparency (RFC 6962 test data, as used by
// transparency-dev/merkle): leaf inputs in hex and the tree heads of the first 1…8 leaves.
const LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]
const ROOTS = [
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
const hashes = LEAVES.map((hex) => merkleLeafHash(Buffer.from(hex, "hex")))

describe("Merkle tree (RFC 6962)", () => {
  it("gives the reference tree heads for 1 to 8 leaves, and SHA-256 of nothing when empty", () => {
    for (let n = 1; n <= 8; n++) expect(merkleRoot(hashes.slice(0, n))).toBe(ROOTS[n - 1])
    expect(merkleRoot([])).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  })

  it("proves every leaf of every tree size up to 8 against its root, one by one and all at once", () => {
    for (let n = 1; n <= 8; n++) {
      const tree = hashes.slice(0, n)
      const all = merkleProofs(tree)
      for (let i = 0; i < n; i++) {
        const proof = merkleProof(tree, i)
        expect(all[i]).toEqual(proof)
        expect(verifyInclusion(tree[i], proof, ROOTS[n - 1])).toBe(true)
      }
    }
  })

  it("matches the reference audit path of leaf 0 in the 8-leaf tree", () => {
    expect(merkleProof(hashes, 0).path).toEqual([
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ])
  })

  it("refuses a changed leaf, a proof for another position, a changed path and another root", () => {
    const proof = merkleProof(hashes, 5)
    expect(verifyInclusion(hashes[4], proof, ROOTS[7])).toBe(false)
    expect(verifyInclusion(hashes[5], { ...proof, leaf_index: 4 }, ROOTS[7])).toBe(false)
    expect(verifyInclusion(hashes[5], { ...proof, tree_size: 6 }, ROOTS[7])).toBe(false)
    expect(verifyInclusion(hashes[5], { ...proof, path: [...proof.path].reverse() }, ROOTS[7])).toBe(false)
    expect(verifyInclusion(hashes[5], { ...proof, path: proof.path.slice(1) }, ROOTS[7])).toBe(false)
    expect(verifyInclusion(hashes[5], { ...proof, path: [...proof.path, proof.path[0]] }, ROOTS[7])).toBe(false)
    expect(verifyInclusion(hashes[5], proof, ROOTS[6])).toBe(false)
    expect(verifyInclusion(hashes[5], { ...proof, leaf_index: 8 }, ROOTS[7])).toBe(false)
    expect(verifyInclusion("not hex", proof, ROOTS[7])).toBe(false)
  })

  it("does not let an inner node pass for a leaf (leaves and nodes are hashed apart)", () => {
    // The two leaf hashes of the 2-leaf tree, hashed as if they were a leaf's data, do not give its root.
    expect(merkleLeafHash(Buffer.concat([Buffer.from(hashes[0], "hex"), Buffer.from(hashes[1], "hex")]))).not.toBe(
      ROOTS[1],
    )
  })

  it("gives a lot head's leaf that changes with its event count and head hash", () => {
    const head = {
      lot_id: "tlot_1",
      gtin14: "08936045600115",
      lot_code: "MO2508-A",
      event_count: 3,
      head_hash: "a".repeat(64),
    }
    expect(headLeafHash(head)).toBe(headLeafHash({ ...head }))
    expect(headLeafHash({ ...head, event_count: 2 })).not.toBe(headLeafHash(head))
    expect(headLeafHash({ ...head, head_hash: "b".repeat(64) })).not.toBe(headLeafHash(head))
  })
})
