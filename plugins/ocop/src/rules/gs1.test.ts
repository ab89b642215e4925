import { createRequire } from "node:module"
import { describe, expect, it } from "vitest"
import {
  buildDigitalLink,
  encodeDigitalLinkValue,
  gs1CheckDigit,
  gtin13FromPrefix,
  lotEpcClass,
  parseCompanyPrefix,
  parseDigitalLink,
  parseGln,
  parseGtin,
  parseLotCode,
  withCheckDigit,
} from "./gs1"

// digital-link.js is CommonJS without types: the GS1 reference validator of Digital Link URIs.
const { DigitalLink } = createRequire(import.meta.url)("digital-link.js") as {
  DigitalLink: (uri: string) => { isValid(): boolean }
}

describe("GS1 check digit", () => {
  it.each([
    // Examples of the GS1 General Specifications and real Vietnamese barcodes
    ["629104150021", 3],
    ["893604560011", 5],
    ["0893123456789", 7],
    ["9638507", 4],
    ["0000000000000", 0],
  ])("%s → %i", (digits, check) => {
    expect(gs1CheckDigit(digits)).toBe(check)
  })

  it("refuses non-digits", () => {
    expect(() => gs1CheckDigit("12a")).toThrow(RangeError)
  })
})

describe("GTIN validation", () => {
  it.each([
    ["96385074", "00000096385074"], // GTIN-8
    ["614141000036", "00614141000036"], // GTIN-12 (UPC-A)
    ["8936045600115", "08936045600115"], // GTIN-13, Vietnam prefix 893
    ["08936045600115", "08936045600115"], // GTIN-14
    ["18936045600112", "18936045600112"], // GTIN-14 with a packaging indicator
    [" 893-6045-600115 ", "08936045600115"], // spaces and hyphens people type
  ])("accepts %s as %s", (input, gtin14) => {
    expect(parseGtin(input)).toEqual({ ok: true, value: gtin14 })
  })

  it.each([
    ["", "required"],
    [undefined, "required"],
    ["893604560011x", "digits"],
    ["8936045600", "length"], // 10 digits
    ["89360456001", "length"], // 11 digits
    ["893604560011500", "length"], // 15 digits
    ["1234567", "length"], // 7 digits
    ["8936045600116", "check_digit"], // last digit off by one
    ["8936045600114", "check_digit"],
    ["00000000000000", "zero"],
  ])("refuses %s (%s), naming the field", (input, rule) => {
    const result = parseGtin(input, "gtin")
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.rule).toBe(rule)
      expect(result.error.field).toBe("gtin")
    }
  })

  it("explains a wrong check digit with the expected one", () => {
    const result = parseGtin("8936045600116")
    expect(!result.ok && result.error.message).toMatch(/6 given, 5 expected/)
  })

  it("pads by prepending zeros, which keeps the check digit valid", () => {
    const gtin13 = withCheckDigit("893123400001")
    const result = parseGtin(gtin13)
    expect(result.ok && result.value).toBe(`0${gtin13}`)
  })
})

describe("GLN and lot numbers", () => {
  it("validates GLNs", () => {
    expect(parseGln(withCheckDigit("893123400100")).ok).toBe(true)
    expect(parseGln("8931234001000").ok).toBe(withCheckDigit("893123400100") === "8931234001000")
    expect(parseGln("893123400100").ok).toBe(false)
  })

  it.each(["A", "L2025-08", "ABC/123", "x".repeat(20), "!%&'()*+,-./:;<=>?_z"])("accepts the lot %s", (lot) => {
    expect(parseLotCode(lot).ok).toBe(true)
  })

  it.each([
    ["", "required"],
    ["x".repeat(21), "length"],
    ["LÔ 1", "charset"],
    ["A B", "charset"],
    ["Mật", "charset"],
    ["A#1", "charset"],
  ])("refuses the lot %j (%s)", (lot, rule) => {
    const result = parseLotCode(lot)
    expect(!result.ok && result.error.rule).toBe(rule)
  })
})

describe("GS1 Digital Link URIs", () => {
  const gtin = "08936045600115"

  it("builds https://{host}/01/{gtin14}/10/{lot}", () => {
    expect(buildDigitalLink({ host: "ocop.vn", gtin: "8936045600115", lot: "L2025-08" })).toBe(
      "https://ocop.vn/01/08936045600115/10/L2025-08",
    )
    expect(buildDigitalLink({ host: "http://localhost:3000/", gtin, lot: "A" })).toBe(
      "http://localhost:3000/01/08936045600115/10/A",
    )
    expect(buildDigitalLink({ host: "ocop.vn", gtin })).toBe("https://ocop.vn/01/08936045600115")
    expect(lotEpcClass(gtin, "L1")).toBe("https://id.gs1.org/01/08936045600115/10/L1")
  })

  it("percent-encodes every character of the lot outside the unreserved set", () => {
    expect(encodeDigitalLinkValue("ABC/1")).toBe("ABC%2F1")
    expect(encodeDigitalLinkValue("a!'()*b")).toBe("a%21%27%28%29%2Ab")
    expect(encodeDigitalLinkValue("x-y_z.~")).toBe("x-y_z.~")
    expect(buildDigitalLink({ host: "ocop.vn", gtin, lot: "L2/08" })).toBe(
      "https://ocop.vn/01/08936045600115/10/L2%2F08",
    )
  })

  it("refuses to build with a bad GTIN or lot", () => {
    expect(() => buildDigitalLink({ host: "ocop.vn", gtin: "8936045600116", lot: "A" })).toThrow(/gtin: .*check digit/)
    expect(() => buildDigitalLink({ host: "ocop.vn", gtin, lot: "Lô 1" })).toThrow(/lot: /)
    expect(() => buildDigitalLink({ host: " ", gtin, lot: "A" })).toThrow(/host/)
  })

  it("builds URIs that GS1's digital-link.js validator accepts", () => {
    for (const lot of ["A", "L2025-08", "L2/08", "!%&'()*+,-./:;<=>?_z", "x".repeat(20)]) {
      for (const host of ["https://ocop.vn", "http://localhost:3000", "id.gs1.org"]) {
        for (const g of [gtin, "96385074", "614141000036", "18936045600112"]) {
          const uri = buildDigitalLink({ host, gtin: g, lot })
          expect([uri, DigitalLink(uri).isValid()]).toEqual([uri, true])
        }
      }
    }
  })

  it("parses URIs back, decoding the lot, and round-trips", () => {
    for (const lot of ["A", "L2/08", "!%&'()*+,-./:;<=>?_z"]) {
      const uri = buildDigitalLink({ host: "ocop.vn", gtin, lot })
      expect(parseDigitalLink(uri)).toEqual({ ok: true, value: { base: "https://ocop.vn", gtin, lot, serial: null } })
    }
    expect(parseDigitalLink("https://id.gs1.org/01/8936045600115/10/L1/21/S9?linkType=all")).toEqual({
      ok: true,
      value: { base: "https://id.gs1.org", gtin, lot: "L1", serial: "S9" },
    })
    expect(parseDigitalLink("/01/08936045600115/10/L1").ok).toBe(true)
    expect(parseDigitalLink("https://ocop.vn/shop/01/08936045600115").ok).toBe(true)
  })

  it.each([
    ["https://ocop.vn/01/8936045600116/10/A", "check_digit"],
    ["https://ocop.vn/01/08936045600115/21/S/10/A", "qualifier_order"],
    ["https://ocop.vn/01/08936045600115/99/A", "qualifier"],
    ["https://ocop.vn/01/08936045600115/10/L%20%C3%B4", "charset"],
    ["https://ocop.vn/01/08936045600115/10/%E0%A4%A", "encoding"],
    ["https://ocop.vn/products/abc", "syntax"],
  ])("refuses %s (%s)", (uri, rule) => {
    const result = parseDigitalLink(uri)
    expect(!result.ok && result.error.rule).toBe(rule)
  })
})

describe("GS1 company prefix", () => {
  it("accepts 6 to 12 digits (spaces and dashes dropped) and refuses the rest", () => {
    expect(parseCompanyPrefix("893 8505")).toEqual({ ok: true, value: "8938505" })
    expect(parseCompanyPrefix("89385")).toMatchObject({ ok: false, error: { rule: "length" } })
    expect(parseCompanyPrefix("8938505123456")).toMatchObject({ ok: false, error: { rule: "length" } })
    expect(parseCompanyPrefix("893A505")).toMatchObject({ ok: false, error: { rule: "digits" } })
    expect(parseCompanyPrefix("")).toMatchObject({ ok: false, error: { rule: "required" } })
  })

  it("builds GTIN-13s with a valid check digit under the prefix, and none that do not fit", () => {
    const gtin = gtin13FromPrefix("8938505", 12)!
    expect(gtin).toMatch(/^893850500012\d$/)
    expect(parseGtin(gtin).ok).toBe(true)
    expect(gtin13FromPrefix("89385051234", 9)).toMatch(/^893850512349\d$/)
    expect(gtin13FromPrefix("89385051234", 10)).toBeNull()
    expect(gtin13FromPrefix("8938505", 100000)).toBeNull()
  })
})
