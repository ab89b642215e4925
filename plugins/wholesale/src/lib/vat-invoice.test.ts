import { describe, expect, it } from "vitest"
import { parseVatInvoice } from "./vat-invoice"

const valid = {
  company_name: "Công ty TNHH Phân phối Đặc sản Việt",
  tax_code: "0312345678-001",
  address: "12 Lê Lợi, Quận 1, TP Hồ Chí Minh",
  email: "Hoadon@DacSan.vn",
}

describe("VAT invoice details", () => {
  it("keeps a branch tax code and lower-cases the e-mail", () => {
    expect(parseVatInvoice(valid)).toEqual({ ...valid, email: "hoadon@dacsan.vn" })
  })

  it("names each bad field", () => {
    expect(() => parseVatInvoice({ ...valid, tax_code: "03123-45678" })).toThrow(/vat_invoice\.tax_code \(format\)/)
    expect(() => parseVatInvoice({ ...valid, email: "khong-phai-email" }, "invoice")).toThrow(/invoice\.email/)
    expect(() => parseVatInvoice({ ...valid, company_name: " " })).toThrow(/vat_invoice\.company_name/)
  })
})
