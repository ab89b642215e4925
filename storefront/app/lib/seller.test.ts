import { describe, expect, it } from "vitest"
import { imageView } from "./products"
import { uploadSrcSet, type UploadedImage } from "./seller"
import { payoutPeriod, productImageFromUpload, sellerOrderAddressLabel } from "./seller.server"

const upload: UploadedImage = {
  id: "file_1",
  url: "http://files/che-original.jpg",
  width: 1600,
  height: 1200,
  variants: [
    { format: "original", width: 1600, url: "http://files/che-original.jpg" },
    { format: "webp", width: 320, url: "http://files/che-320w.webp" },
    { format: "avif", width: 320, url: "http://files/che-320w.avif" },
    { format: "webp", width: 640, url: "http://files/che-640w.webp" },
  ],
}

describe("seller portal helpers", () => {
  it("builds the srcset of an upload from its WebP renditions only", () => {
    expect(uploadSrcSet(upload)).toBe("http://files/che-320w.webp 320w, http://files/che-640w.webp 640w")
  })

  it("keeps the renditions in the product image's metadata, where the product page finds them", () => {
    const image = productImageFromUpload(upload)
    expect(imageView(image)).toEqual({ url: upload.url, srcSet: uploadSrcSet(upload), width: 1600, height: 1200 })
  })

  it("reads a payout period as a month, this month in Vietnam by default", () => {
    expect(payoutPeriod("2026-02")).toBe("2026-02")
    // 31 Dec 2026, 18:30 UTC is already 1 Jan 2027 in Hà Nội.
    expect(payoutPeriod(null, new Date("2026-12-31T18:30:00Z"))).toBe("2027-01")
    expect(payoutPeriod("2026-13", new Date("2026-11-23T07:00:00Z"))).toBe("2026-11")
  })
})

describe("seller order address", () => {
  it("heads a pickup order's address as the cooperative's where it is picked up, any other as the delivery address", () => {
    expect(
      ["Nhận tại hợp tác xã", "Pickup at the cooperative", "Giao hàng tiêu chuẩn", null, undefined].map((name) =>
        sellerOrderAddressLabel({ shipping_method: name }),
      ),
    ).toEqual(["seller.pickup_at", "seller.pickup_at", "seller.ship_to", "seller.ship_to", "seller.ship_to"])
  })
})
