import { describe, expect, it } from "vitest"
import { crc16, readTlv, vietQrPayload } from "./vietqr"

describe("VietQR payload", () => {
  it("has the CRC-16/CCITT-FALSE check value of the standard test vector", () => {
    expect(crc16("123456789")).toBe("29B1")
  })

  it("carries the NAPAS account, the amount in VND and the reference, checked by its CRC", () => {
    const payload = vietQrPayload({
      bankBin: "970405",
      accountNumber: "1500201234567",
      amount: 1250000,
      reference: "OCOPAB12CD34",
    })
    const top = readTlv(payload)
    expect(top["00"]).toBe("01")
    expect(top["01"]).toBe("12")
    expect(top["53"]).toBe("704")
    expect(top["54"]).toBe("1250000")
    expect(top["58"]).toBe("VN")
    const account = readTlv(top["38"])
    expect(account["00"]).toBe("A000000727")
    expect(account["02"]).toBe("QRIBFTTA")
    expect(readTlv(account["01"])).toEqual({ "00": "970405", "01": "1500201234567" })
    expect(readTlv(top["62"])).toEqual({ "08": "OCOPAB12CD34" })
    expect(payload.slice(-8, -4)).toBe("6304")
    expect(top["63"]).toBe(crc16(payload.slice(0, -4)))
  })

  it("refuses what a banking app could not read", () => {
    expect(() => vietQrPayload({ bankBin: "97040", accountNumber: "1", amount: 1, reference: "A" })).toThrow(/BIN/)
    expect(() => vietQrPayload({ bankBin: "970405", accountNumber: "1", amount: 10.5, reference: "A" })).toThrow(
      /amount/,
    )
    expect(() => vietQrPayload({ bankBin: "970405", accountNumber: "1", amount: 10, reference: "Đơn 1" })).toThrow(
      /reference/,
    )
  })
})
