import { describe, expect, it } from "vitest"
import { movedImage, uniqueImages, withoutImage, withUploads } from "./seller-images"

const a = { url: "https://example.vn/a.webp", metadata: { width: 640 } }
const b = { url: "https://example.vn/b.webp" }
const c = { url: "https://example.vn/c.webp" }

describe("a seller's product images", () => {
  it("keeps each image once, in order, when saved again or uploaded again", () => {
    expect(uniqueImages([a, b, a, b])).toEqual([a, b])
    expect(withUploads([a, b], [b, c])).toEqual([a, b, c])
    expect(withUploads([], [a])).toEqual([a])
  })
  it("removes one image, and nothing for an unknown address", () => {
    expect(withoutImage([a, b, c], b.url)).toEqual([a, c])
    expect(withoutImage([a, b], "https://example.vn/x.webp")).toEqual([a, b])
  })
  it("moves an image one place earlier or later, and not past either end", () => {
    expect(movedImage([a, b, c], c.url, -1)).toEqual([a, c, b])
    expect(movedImage([a, b, c], a.url, 1)).toEqual([b, a, c])
    expect(movedImage([a, b, c], a.url, -1)).toEqual([a, b, c])
    expect(movedImage([a, b, c], c.url, 1)).toEqual([a, b, c])
    expect(movedImage([a, b, c], "https://example.vn/x.webp", 1)).toEqual([a, b, c])
  })
})
