/**
 * District-level units (huyện, quận, thị xã, thành phố thuộc tỉnh) of the former provinces (the 63
 * before 1 Jul 2025), as they stood in 2024, before the district level was abolished on 1 Jul 2025
 * (Law 72/2025/QH15 on the Organisation of Local Government). Before the reform a named district's
 * People's Committee recognised 3★ OCOP products (e.g. "UBND huyện Hoàng Su Phì"), so the issuer
 * rule checks that a district named on a pre-reform 3★ decision lay in the producer's former province.
 *
 * Source: Danh mục đơn vị hành chính Việt Nam, General Statistics Office of Vietnam (Tổng cục Thống
 * kê), https://danhmuchanhchinh.gso.gov.vn, district list in force during 2024.
 *
 * The list is PARTIAL: every province's districts that the demo catalogue names, and the whole list
 * for the provinces in COMPLETE_FORMER_PROVINCES. A district name absent from a partial province's
 * list proves nothing (many names recur: huyện Châu Thành was in ten provinces), so the rule refuses
 * a district only where the data can prove it wrong (see formerDistrictProblem).
 */
export const FORMER_DISTRICTS: Record<string, readonly string[]> = {
  "Hà Nội": ["huyện Gia Lâm", "quận Hà Đông", "huyện Thường Tín", "huyện Chương Mỹ", "quận Tây Hồ", "thị xã Sơn Tây"],
  "Thừa Thiên Huế": ["thành phố Huế", "huyện Phong Điền"],
  "Lai Châu": ["huyện Sìn Hồ", "huyện Tam Đường", "huyện Phong Thổ"],
  "Điện Biên": ["huyện Điện Biên", "thành phố Điện Biên Phủ"],
  "Sơn La": ["huyện Mộc Châu", "huyện Bắc Yên"],
  "Lạng Sơn": ["huyện Văn Quan", "huyện Chi Lăng"],
  "Quảng Ninh": ["thành phố Hạ Long", "huyện Ba Chẽ", "thành phố Uông Bí"],
  "Thanh Hóa": ["thành phố Thanh Hóa", "huyện Nga Sơn", "huyện Bá Thước"],
  "Nghệ An": ["huyện Diễn Châu", "thành phố Vinh", "huyện Nghi Lộc"],
  "Hà Tĩnh": ["thành phố Hà Tĩnh", "huyện Hương Khê"],
  "Cao Bằng": ["huyện Trùng Khánh"],
  "Hà Giang": [
    "thành phố Hà Giang",
    "huyện Đồng Văn",
    "huyện Mèo Vạc",
    "huyện Yên Minh",
    "huyện Quản Bạ",
    "huyện Vị Xuyên",
    "huyện Bắc Mê",
    "huyện Hoàng Su Phì",
    "huyện Xín Mần",
    "huyện Bắc Quang",
    "huyện Quang Bình",
  ],
  "Tuyên Quang": ["huyện Hàm Yên"],
  "Lào Cai": [
    "thành phố Lào Cai",
    "thị xã Sa Pa",
    "huyện Bát Xát",
    "huyện Mường Khương",
    "huyện Si Ma Cai",
    "huyện Bắc Hà",
    "huyện Bảo Thắng",
    "huyện Bảo Yên",
    "huyện Văn Bàn",
  ],
  "Yên Bái": ["huyện Văn Chấn", "huyện Văn Yên"],
  "Thái Nguyên": ["thành phố Thái Nguyên", "huyện Đại Từ"],
  "Bắc Kạn": ["huyện Na Rì", "huyện Ba Bể"],
  "Phú Thọ": ["huyện Đoan Hùng"],
  "Hòa Bình": ["huyện Mai Châu", "huyện Cao Phong"],
  "Vĩnh Phúc": ["huyện Tam Đảo"],
  "Bắc Giang": ["huyện Lục Ngạn", "thị xã Việt Yên"],
  "Bắc Ninh": ["thành phố Từ Sơn", "huyện Quế Võ", "thị xã Thuận Thành"],
  "Hưng Yên": ["thành phố Hưng Yên", "thị xã Mỹ Hào"],
  "Thái Bình": ["huyện Đông Hưng"],
  "Hải Phòng": ["huyện Cát Hải"],
  "Hải Dương": ["thành phố Hải Dương", "huyện Nam Sách", "huyện Thanh Hà"],
  "Ninh Bình": ["huyện Kim Sơn", "huyện Hoa Lư", "huyện Gia Viễn"],
  "Hà Nam": ["thị xã Duy Tiên"],
  "Nam Định": ["thành phố Nam Định"],
  "Quảng Trị": ["huyện Hướng Hóa", "huyện Vĩnh Linh"],
  "Quảng Bình": ["thành phố Đồng Hới", "huyện Bố Trạch"],
  "Đà Nẵng": ["quận Liên Chiểu"],
  "Quảng Nam": ["huyện Nam Trà My", "thành phố Hội An", "huyện Duy Xuyên"],
  "Quảng Ngãi": ["huyện Lý Sơn", "huyện Trà Bồng"],
  "Kon Tum": ["huyện Tu Mơ Rông", "thành phố Kon Tum"],
  "Gia Lai": ["huyện Chư Sê", "huyện Ia Grai"],
  "Bình Định": ["thị xã An Nhơn", "huyện Phù Cát", "thị xã Hoài Nhơn"],
  "Khánh Hòa": ["thành phố Cam Ranh", "thành phố Nha Trang"],
  "Ninh Thuận": ["huyện Ninh Phước"],
  "Lâm Đồng": ["thành phố Đà Lạt", "huyện Lạc Dương"],
  "Bình Thuận": ["thành phố Phan Thiết"],
  "Đắk Nông": ["huyện Tuy Đức"],
  "Đắk Lắk": ["thành phố Buôn Ma Thuột", "huyện Krông Ana", "huyện Cư M'gar"],
  "Phú Yên": ["huyện Tuy An"],
  "Bình Dương": ["thành phố Thủ Dầu Một"],
  "Hồ Chí Minh": ["huyện Bình Chánh", "huyện Cần Giờ"],
  "Bà Rịa - Vũng Tàu": ["huyện Đất Đỏ"],
  "Bình Phước": ["thành phố Đồng Xoài"],
  "Đồng Nai": ["thành phố Biên Hòa", "huyện Vĩnh Cửu"],
  "Tây Ninh": ["thị xã Trảng Bàng", "thành phố Tây Ninh"],
  "Long An": ["huyện Cần Đước"],
  "Sóc Trăng": ["huyện Mỹ Xuyên", "huyện Châu Thành"],
  "Hậu Giang": ["thành phố Vị Thanh"],
  "Cần Thơ": ["huyện Phong Điền"],
  "Bến Tre": ["huyện Mỏ Cày Nam"],
  "Vĩnh Long": ["huyện Long Hồ", "huyện Mang Thít"],
  "Trà Vinh": ["huyện Cầu Kè"],
  "Đồng Tháp": ["thành phố Sa Đéc", "thành phố Cao Lãnh"],
  "Tiền Giang": ["huyện Châu Thành"],
  "Cà Mau": ["huyện U Minh", "huyện Ngọc Hiển"],
  "Bạc Liêu": ["thành phố Bạc Liêu"],
  "Kiên Giang": ["thành phố Phú Quốc"],
  "An Giang": ["huyện Tri Tôn", "thành phố Châu Đốc", "thị xã Tân Châu"],
}

/** Former provinces whose whole 2024 district list is above. */
export const COMPLETE_FORMER_PROVINCES: readonly string[] = ["Hà Giang", "Lào Cai"]

/** Same name, whatever the case, Unicode form and spacing ("Huyện  Bắc Hà" = "huyện Bắc Hà"). */
function key(name: string) {
  return name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi")
}

/** Whether `district` ("huyện Hoàng Su Phì") lay in the former province `province` ("Hà Giang"), by the list. */
export function isDistrictOf(district: string, province: string): boolean {
  return FORMER_DISTRICTS[province]?.some((d) => key(d) === key(district)) ?? false
}

/** The former provinces the list places `district` ("huyện Bắc Hà") in. */
export function formerProvincesOfDistrict(district: string): string[] {
  return Object.keys(FORMER_DISTRICTS).filter((province) => isDistrictOf(district, province))
}

/**
 * Why `district` cannot have been a district of the former province `province`, or null when the
 * list cannot tell it wrong. Only a province whose list is complete can refuse a district; for the
 * others an unlisted name proves nothing (the district may be one the list does not hold).
 */
export function formerDistrictProblem(district: string, province: string): string | null {
  if (isDistrictOf(district, province)) return null
  const elsewhere = formerProvincesOfDistrict(district)
  if (COMPLETE_FORMER_PROVINCES.includes(province)) {
    return elsewhere.length
      ? `${district} was a district of ${elsewhere.join(", ")}, not of ${province}`
      : `${province} had no district named ${district}`
  }
  return null
}
