import { describe, expect, it } from "vitest"
import { normalizeOcop, summarizeProduct, toCard, variantStock } from "./products"

describe("OCOP data from the plugin", () => {
  it("reads the certificate in snake_case and maps the province to the current unit", () => {
    const ocop = normalizeOcop({
      status: "valid",
      valid: true,
      stars: 4,
      // Coffee is food (group 1, subgroup 1.6) in Decision 148/QĐ-TTg, not a drink.
      product_group: 1,
      province: "Bình Thuận",
      producer: "HTX Cà phê Cầu Đất",
      decision_number: "1898/QĐ-UBND",
      authority: "UBND tỉnh Lâm Đồng",
      valid_until: "2099-01-01",
    })
    expect(ocop).toMatchObject({
      stars: 4,
      groupHandle: "thuc-pham",
      province: "Lâm Đồng",
      decisionNumber: "1898/QĐ-UBND",
    })
  })
  it.each([
    { stars: 2 },
    { stars: 4, valid_until: "2001-01-01" },
    { stars: 5, status: "revoked" },
    { stars: 5, status: "revoked", valid: false, valid_until: "2099-01-01" },
    // Only the backend's verdict counts: a far "valid until" alone is no proof.
    { stars: 4, valid_until: "2099-01-01" },
    null,
  ])("never shows a badge for 1–2 stars, an expired or a revoked certificate: %j", (certificate) => {
    expect(normalizeOcop(certificate)).toBeNull()
  })
})

describe("products", () => {
  const raw = {
    id: "prod_1",
    handle: "mat-ong-rung",
    title: "Mật ong rừng",
    subtitle: "HTX Ong mật Tây Bắc",
    metadata: { title_en: "Wild forest honey", producer_key: "htx-ong-mat", ocop_subgroup: "Mật ong" },
    categories: [{ id: "c1", handle: "thuc-pham" }],
    variants: [
      {
        id: "v1",
        title: "500 g",
        manage_inventory: true,
        inventory_quantity: 3,
        calculated_price: { calculated_amount: 150000, currency_code: "vnd" },
      },
      {
        id: "v2",
        title: "1 kg",
        manage_inventory: true,
        inventory_quantity: 0,
        calculated_price: { calculated_amount: 280000, currency_code: "vnd" },
      },
    ],
  }
  it("summarises price, stock, producer and group", () => {
    const product = summarizeProduct(raw)
    expect(product).toMatchObject({
      price: 150000,
      stock: "low_stock",
      groupHandle: "thuc-pham",
      producer: { key: "htx-ong-mat", name: "HTX Ong mật Tây Bắc" },
    })
    expect(product.searchText).toContain("mat ong rung")
  })
  it("links the producer by its OCOP subject when the certificate names it, else by the name's slug", () => {
    const ocop = normalizeOcop({
      status: "valid",
      valid: true,
      stars: 4,
      producer: "HTX Ong mật Tây Bắc",
      producer_id: "ocsub_01ABC",
    })
    expect(summarizeProduct(raw, ocop).producer).toEqual({ key: "ocsub_01ABC", name: "HTX Ong mật Tây Bắc" })
    const { producer_key: _key, ...metadata } = raw.metadata
    expect(summarizeProduct({ ...raw, metadata }).producer).toEqual({
      key: "htx-ong-mat-tay-bac",
      name: "HTX Ong mật Tây Bắc",
    })
  })
  it("makes a card in English with the first buyable variant", () => {
    const card = toCard(summarizeProduct(raw), "en")
    expect(card).toMatchObject({ title: "Wild forest honey", variantId: "v1", price: 150000 })
  })
  it("treats untracked or backorderable stock as available", () => {
    expect(variantStock({ id: "v", manage_inventory: false, inventory_quantity: 0 }).stock).toBe("in_stock")
    expect(variantStock({ id: "v", allow_backorder: true, inventory_quantity: 0 }).stock).toBe("in_stock")
    expect(variantStock({ id: "v", inventory_quantity: 0 }).stock).toBe("out_of_stock")
  })
})
