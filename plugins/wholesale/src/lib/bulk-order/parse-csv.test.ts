import { describe, expect, it } from "vitest"
import { parseBulkCsv } from "./parse-csv"

const utf8 = (text: string) => new TextEncoder().encode(text)

describe("parseBulkCsv", () => {
  it("reads UTF-8 with a BOM, CRLF, quotes and Excel's semicolons; keeps file line numbers", () => {
    expect(parseBulkCsv(utf8('\uFEFFSKU,Quantity\r\nMO-100,50\r\n\r\n"CHE,500", 200\r\n'))).toEqual([
      { line: 2, sku: "MO-100", quantity: "50" },
      { line: 4, sku: "CHE,500", quantity: "200" },
    ])
    expect(parseBulkCsv(utf8("Mã SKU;Số lượng\nA;1"))).toEqual([{ line: 2, sku: "A", quantity: "1" }])
  })

  it("refuses a file that is not UTF-8 (Windows-1258 bytes), wrong columns, no lines, too many lines", () => {
    expect(() => parseBulkCsv(new Uint8Array([0x73, 0x6b, 0x75, 0x2c, 0x71, 0x0a, 0x4e, 0xf8, 0xe9, 0x63]))).toThrow(
      /not UTF-8/,
    )
    expect(() => parseBulkCsv(utf8("product,amount\nA,1"))).toThrow(
      /columns sku and quantity \(found: product, amount\)/,
    )
    expect(() => parseBulkCsv(utf8("sku,quantity\n"))).toThrow(/no lines/)
    expect(() => parseBulkCsv(utf8(""))).toThrow(/empty/)
    const big = "sku,quantity\n" + Array.from({ length: 10_001 }, (_, i) => `S${i},1`).join("\n")
    expect(() => parseBulkCsv(utf8(big))).toThrow(/10,001 lines; at most 10,000/)
  })
})
