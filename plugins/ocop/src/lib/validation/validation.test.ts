import { describe, expect, it } from "vitest"
import {
  boundedDateText,
  calendarDay,
  multiLine,
  nameText,
  priceVnd,
  quantity,
  recordId,
  saneDate,
  singleLine,
  vnd,
  webUrl,
} from "./index"
import { assertStorableInput, assertStorablePath } from "../http/input-guard"

describe("shared validators", () => {
  it("accepts only http and https addresses", () => {
    const url = webUrl()
    for (const ok of [
      "https://example.vn/anh/che.jpg",
      "http://localhost:9000/static/a.png",
      " https://shop.example.vn ",
    ]) {
      expect(url.safeParse(ok).success).toBe(true)
    }
    for (const bad of [
      "javascript:alert(document.domain)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<script>",
      "vbscript:x",
      "file:///etc/passwd",
      "//evil.example",
      "https://user:pw@example.vn/",
      "https://exa\u0000mple.vn",
      "not a url",
      "x".repeat(2100),
    ]) {
      expect(url.safeParse(bad).success, bad).toBe(false)
    }
  })

  it("refuses NUL and control characters, bounds lengths", () => {
    expect(nameText().safeParse("Hợp tác xã Chè Shan Tuyết").success).toBe(true)
    expect(nameText().safeParse("a".repeat(201)).success).toBe(false)
    expect(nameText().safeParse("HTX\u0000").success).toBe(false)
    expect(singleLine(100).safeParse("line\nbreak").success).toBe(false)
    expect(multiLine(100).safeParse("line\nbreak\ttab").success).toBe(true)
    expect(multiLine(100).safeParse("bell\u0007").success).toBe(false)
    expect(multiLine(100).safeParse("esc\u009b").success).toBe(false)
  })

  it("bounds amounts and quantities", () => {
    expect(vnd().safeParse(3_000_000_000).success).toBe(true)
    expect(vnd().safeParse(-1).success).toBe(false)
    expect(vnd().safeParse(1.5).success).toBe(false)
    expect(vnd().safeParse(1e16).success).toBe(false)
    expect(priceVnd().safeParse(0).success).toBe(false)
    expect(quantity().safeParse(1_000_000).success).toBe(true)
    expect(quantity().safeParse(1_000_001).success).toBe(false)
    expect(quantity().safeParse("5").success).toBe(false)
    const message = quantity({ what: "quantity" }).safeParse(5e9).error?.issues[0].message
    expect(message).toBe("quantity must be at most 1,000,000")
  })

  it("accepts real dates between 1900 and 2200 only", () => {
    expect(calendarDay().safeParse("2025-08-15").success).toBe(true)
    expect(calendarDay().safeParse("2025-02-30").success).toBe(false)
    expect(calendarDay().safeParse("9999-12-31").success).toBe(false)
    expect(saneDate().safeParse("2026-12-05T19:00:00+07:00").success).toBe(true)
    expect(saneDate().safeParse("2026-12-05T19:00:00").success).toBe(false)
    expect(boundedDateText().safeParse("9999-01-01").success).toBe(false)
    expect(boundedDateText().safeParse("2025-09-15").success).toBe(true)
  })

  it("refuses empty and odd ids", () => {
    expect(recordId().safeParse("prod_01JABC").success).toBe(true)
    for (const bad of ["", " ", "a b", "x/../y", "id\u0000"]) expect(recordId().safeParse(bad).success).toBe(false)
  })
})

describe("input guard", () => {
  it("names the field holding a NUL or a control character", () => {
    expect(() => assertStorableInput({ seller: { legal_name: "HTX\u0000" } })).toThrow(
      "seller.legal_name: must not contain a NUL character",
    )
    expect(() => assertStorableInput({ lines: [{ sku: "a\u001b" }] })).toThrow(
      "lines.0.sku: must not contain control characters",
    )
    expect(() => assertStorableInput({ story: "dòng 1\ndòng 2\ttab" })).not.toThrow()
    expect(() => assertStorableInput({ next: "/\t/evil.example" }, "", false)).toThrow(
      "next: must not contain control characters",
    )
    expect(() => assertStorableInput({ ["k\u0000"]: 1 })).toThrow()
  })

  it("refuses control characters and broken escapes in the path", () => {
    expect(() => assertStorablePath("/store/products/prod_1")).not.toThrow()
    expect(() => assertStorablePath("/store/products/prod%00")).toThrow("path")
    expect(() => assertStorablePath("/store/products/%E0%A4%A")).toThrow("path")
  })
})

describe("messages", () => {
  it("name the field, since Medusa shows a refinement's message without it", async () => {
    const { z } = await import("@medusajs/framework/zod")
    const schema = z.object({
      lot: z.object({ production_date: boundedDateText(), images: z.array(z.object({ url: webUrl() })) }),
    })
    const issues = schema.safeParse({
      lot: { production_date: "9999-01-01", images: [{ url: "javascript:alert(1)" }] },
    }).error!.issues
    expect(issues.map((issue) => issue.message)).toEqual([
      "lot.production_date: a date between 1900 and 2200, such as 2025-08-15",
      "lot.images.0.url: an http:// or https:// address",
    ])
  })
})
