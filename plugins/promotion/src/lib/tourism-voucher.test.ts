import { describe, expect, it } from "vitest"
import { readVoucherCode, voucherCheckInUrl, voucherCode } from "./tourism-voucher"

const ID = "tbook_01JZ0000000000000000000000"

describe("tourism voucher codes", () => {
  it("reads back the booking id of a code it signed, with surrounding spaces", () => {
    expect(readVoucherCode(` ${voucherCode(ID, "s3cret")} `, "s3cret")).toBe(ID)
  })

  it("reads the code from the check-in link its QR code carries, and shows no id prefix", () => {
    const code = voucherCode(ID, "s3cret")
    expect(code).not.toMatch(/tbook_/)
    expect(readVoucherCode(voucherCheckInUrl(code, { STOREFRONT_URL: "https://ocop.vn" }), "s3cret")).toBe(ID)
  })

  it("refuses a code signed with another secret, an altered id or signature, and free text", () => {
    const code = voucherCode(ID, "s3cret")
    expect(readVoucherCode(code, "other")).toBeNull()
    expect(readVoucherCode(code.replace("01JZ0", "01JZ1"), "s3cret")).toBeNull()
    expect(readVoucherCode(`${code.slice(0, -1)}x`, "s3cret")).toBeNull()
    expect(readVoucherCode("OCOP-BOOKING:order_1", "s3cret")).toBeNull()
  })
})
