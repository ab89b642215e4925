/**
 * Vietnamese diacritic folding, one definition for search, slugs, URL keys and lenient lookups.
 * Unicode decomposition removes the tone and vowel marks; "đ"/"Đ" is a letter of its own (no
 * decomposition) and is mapped by hand.
 */

/** The text without diacritics, case kept: "Đắk Lắk" → "Dak Lak". */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC")
}

/** Lower case without diacritics: "Mật ong Đồng Tháp" → "mat ong dong thap". */
export function fold(text: string): string {
  return stripDiacritics(text).toLowerCase()
}

/** A URL slug: folded, runs of anything but a-z and 0-9 as one "-": "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
