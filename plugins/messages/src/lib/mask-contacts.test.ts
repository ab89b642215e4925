import { describe, expect, it } from "vitest"
import { CONTACT_PLACEHOLDER as X, maskContacts } from "./mask-contacts"

const masked = (text: string) => maskContacts(text).text

describe("masking phone numbers before an order", () => {
  it.each([
    ["Gọi em 0912 345 678 nhé", `Gọi em ${X} nhé`],
    ["Gọi em 0912345678 nhé", `Gọi em ${X} nhé`],
    ["SĐT: 0912.345.678", `SĐT: ${X}`],
    ["sdt 0912-345-678!", `sdt ${X}!`],
    ["091 234 5678", X],
    ["09 12 34 56 78", X],
    ["0 9 1 2 3 4 5 6 7 8", X],
    ["0-9-1-2-3-4-5-6-7-8", X],
    ["zalo 0386.123.456 ạ", `zalo ${X} ạ`],
    ["Viettel 0356 789 012", `Viettel ${X}`],
    ["Mobi 0701 234 567, Vina 0812 345 678", `Mobi ${X}, Vina ${X}`],
    ["+84 912 345 678", X],
    ["+84912345678", X],
    ["(+84) 912 345 678", `(${X}`],
    ["+84 (0) 912 345 678", X],
    ["84 912 345 678", X],
    ["0084 912 345 678", X],
    ["Bàn: 024 3826 1234", `Bàn: ${X}`],
    ["Cửa hàng (028) 3822 1234", `Cửa hàng (${X}`],
    ["0243.826.1234", X],
    ["sdt0912345678", `sdt${X}`],
    ["SL 2 0912345678", `SL 2 ${X}`],
  ])("%s", (text, expected) => {
    expect(maskContacts(text)).toEqual({ text: expected, masked: true })
  })

  it("masks numbers spelled out in Vietnamese or English, with or without diacritics", () => {
    expect(masked("số em là không chín một hai ba bốn năm sáu bảy tám nha")).toBe(`số em là ${X} nha`)
    expect(masked("khong chin mot hai ba bon nam sau bay tam")).toBe(X)
    expect(masked("Không. Chín. Một. Hai. Ba. Bốn. Năm. Sáu. Bảy. Tám")).toBe(X)
    expect(masked("call zero nine one two three four five six seven eight")).toBe(`call ${X}`)
    expect(masked("0 chín 1 hai 3 bốn 5 sáu 7 tám")).toBe(X)
  })

  it("masks a number between ordinary words and numbers, leaving them", () => {
    expect(masked("Giá 250.000 ₫, gọi 0912 345 678 để đặt 500 ml")).toBe(`Giá 250.000 ₫, gọi ${X} để đặt 500 ml`)
    expect(masked("gọi 0912 345 678 500 ml nhé")).toBe(`gọi ${X} 500 ml nhé`)
  })

  it("keeps text written in NFD (decomposed diacritics) readable", () => {
    const text = "Chè ngon, gọi 0912345678".normalize("NFD")
    expect(masked(text)).toBe(`Chè ngon, gọi ${X}`.normalize("NFC"))
  })
})

describe("numbers that are not phone numbers stay", () => {
  it.each([
    "Giá 250.000 ₫ một hộp",
    "Giá 1.250.000 đ",
    "Giá 1.250.000.000 đồng cho cả lô",
    "Thùng 12 chai, 500 ml mỗi chai",
    "Hộp 0.5 kg, 2 hộp",
    "Giao ngày 07.12.2025 - 08.12.2025",
    "Hạn dùng 07/12/2025, sản xuất 2025-06-07",
    "Mở cửa 07:30 - 17:30, hoặc 8h30",
    "GTIN 8938505974193",
    "GTIN-14 08938505974193",
    "Mã lô LSX-2025-1207",
    "Chứng nhận OCOP 4 sao năm 2024, quyết định số 1234/QĐ-UBND",
    "Năm 2023 đạt 3 sao, năm 2025 đạt 4 sao",
    "Mật ong 500 g giá 185.000đ",
    "Một hai ba, ba bốn năm: hát cùng nhé",
    "Tôi ở xã Bắc Hà, tỉnh Lào Cai",
    "Số tài khoản? Hãy đặt hàng trên sàn.",
    "1 250 000 đ",
    "Giá 0.912.345.678 đ",
    "Mã số thuế 5300100001",
  ])("%s", (text) => {
    expect(maskContacts(text)).toEqual({ text, masked: false })
  })
})

describe("masking e-mail addresses before an order", () => {
  it.each([
    ["Email: lan.nguyen@gmail.com", `Email: ${X}`],
    ["mail em lan_99@htx-bacha.vn nhé", `mail em ${X} nhé`],
    ["Nguyễn.Lan@Yahoo.COM.VN", X],
    ["lan @ gmail . com", X],
    ["lan (at) gmail (dot) com", X],
    ["lan [at] gmail [dot] com", X],
    ["lan at gmail dot com", X],
    ["lan a còng gmail chấm com", X],
    ["lan a cong gmail cham com chấm vn", X],
  ])("%s", (text, expected) => {
    expect(maskContacts(text)).toEqual({ text: expected, masked: true })
  })

  it("leaves words that only look a little like an address", () => {
    for (const text of ["Gặp nhau at the fair", "Chè @ Tà Xùa", "Giá tốt nhất.com là ở đây", "a@b"])
      expect(maskContacts(text)).toEqual({ text, masked: false })
  })

  it("masks a phone and an address in one message", () => {
    expect(masked("Liên hệ 0912 345 678 hoặc lan@gmail.com")).toBe(`Liên hệ ${X} hoặc ${X}`)
  })
})
