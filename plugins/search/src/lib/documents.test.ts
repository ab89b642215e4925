import { describe, expect, it } from "vitest"
import { buildProductDocument, compactDocument, currentCertificate } from "./documents"

const product = {
  id: "prod_1",
  title: "Mật ong rừng Mèo Vạc",
  subtitle: "Hợp tác xã Mật ong Bạc hà Mèo Vạc",
  handle: "mat-ong-rung-meo-vac",
  thumbnail: "http://x/1.webp",
  status: "published",
  metadata: {
    title_en: "Meo Vac wild forest honey",
    description_en: "Harvested in Meo Vac.",
    ocop_subgroup: "Mật ong",
  },
  created_at: "2026-01-01T00:00:00.000Z",
  categories: [{ metadata: { ocop_group: 1 } }],
  variants: [
    {
      manage_inventory: true,
      prices: [
        { amount: 250000, currency_code: "vnd" },
        { amount: 10, currency_code: "usd" },
        { amount: 99000, currency_code: "vnd", price_list_id: "plist_sale" },
      ],
      inventory_items: [
        { required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: 12, reserved_quantity: 2 }] } },
      ],
    },
    {
      manage_inventory: true,
      prices: [{ amount: { numeric: 420000 }, currency_code: "VND" }],
      inventory_items: [
        { required_quantity: 2, inventory: { location_levels: [{ stocked_quantity: 5, reserved_quantity: 0 }] } },
      ],
    },
  ],
  ocop_certificates: [
    {
      id: "c_old",
      status: "superseded",
      stars: 3,
      product_group: 1,
      subgroup: "Mật ong",
      province: "Tuyên Quang",
      decision_number: "1/QĐ-UBND",
      decision_date: "2022-01-01",
      expires_at: "2025-01-01",
    },
    {
      id: "c_new",
      status: "valid",
      stars: 4,
      product_group: 1,
      subgroup: "Mật ong",
      province: "Tuyên Quang",
      decision_number: "2/QĐ-UBND",
      decision_date: "2025-01-01",
      expires_at: "2028-01-01T17:00:00.000Z",
    },
  ],
}

describe("product search documents", () => {
  it("takes names, the valid certificate, the lowest base VND price and the stock", () => {
    expect(buildProductDocument(product)).toEqual({
      id: "prod_1",
      title: "Mật ong rừng Mèo Vạc",
      title_en: "Meo Vac wild forest honey",
      description_en: "Harvested in Meo Vac.",
      handle: "mat-ong-rung-meo-vac",
      thumbnail: "http://x/1.webp",
      producer: "Hợp tác xã Mật ong Bạc hà Mèo Vạc",
      province: "Tuyên Quang",
      product_group: 1,
      subgroup: "Mật ong",
      stars: 4,
      certificate_status: "valid",
      certificate_expires_at: "2028-01-01T17:00:00.000Z",
      decision_number: "2/QĐ-UBND",
      price: 250000,
      price_max: 420000,
      stock: 12,
      in_stock: true,
      status: "published",
      created_at: "2026-01-01T00:00:00.000Z",
      rating: null,
      rating_count: 0,
    })
  })

  it("carries the kept rating summary of verified buyers' reviews for sorting", () => {
    const rated = buildProductDocument({ ...product, review_rating_summary: { average: 4.67, count: 3 } })
    expect([rated.rating, rated.rating_count]).toEqual([4.67, 3])
    const none = buildProductDocument({ ...product, review_rating_summary: { average: 0, count: 0 } })
    expect([none.rating, none.rating_count]).toEqual([null, 0])
  })

  it("speaks for the latest certificate when none is valid, and for none without one", () => {
    expect(
      currentCertificate([
        { status: "revoked", decision_date: "2025-01-01" },
        { status: "expired", decision_date: "2021-01-01" },
      ])?.status,
    ).toBe("revoked")
    const bare = buildProductDocument({
      id: "prod_2",
      title: "Gạo",
      status: "draft",
      variants: [{ manage_inventory: false, prices: [] }],
    })
    expect(bare).toMatchObject({
      certificate_status: "none",
      stars: null,
      price: null,
      stock: null,
      in_stock: true,
      status: "draft",
    })
    expect(Object.keys(compactDocument(bare))).not.toContain("stars")
  })
})
