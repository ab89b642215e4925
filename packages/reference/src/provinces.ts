/**
 * Vietnam's 34 province-level units since 1 Jul 2025 (Resolution 202/2025/QH15) and the old
 * provinces merged into each, with their URL slugs and English names.
 *
 * Two lookups, for two kinds of input:
 * - `resolveProvince` / `currentProvinceFor` / `isCurrentProvince` for names that are stored
 *   (addresses, certificates): accent-exact ("Ha Giang" is not "Hà Giang"), after Unicode NFC,
 *   trimming, and the two spellings of tone marks on oa/oe/uy ("Thanh Hoá" = "Thanh Hóa").
 * - `findProvince` for what people type or put in URLs: with or without diacritics, a
 *   "Tỉnh"/"Thành phố" prefix, a slug or the English name.
 */
import data from "./provinces.json"
import { stripDiacritics, slugify } from "./fold.js"

export interface ProvinceUnit {
  name: string
  type: "city" | "province"
  /** The former provinces merged into this unit on 1 Jul 2025, as spelt in the data. */
  merged: string[]
  /** URL key: "ba-ria-vung-tau"-style, unique among the 34. */
  slug: string
  nameEn: string
}

/** English names where they differ from the name without diacritics. */
const ENGLISH_NAMES: Record<string, string> = {
  "Hà Nội": "Hanoi",
  "Hồ Chí Minh": "Ho Chi Minh City",
  Huế: "Hue",
  "Đà Nẵng": "Da Nang",
  "Hải Phòng": "Hai Phong",
  "Cần Thơ": "Can Tho",
}

export const PROVINCES: ProvinceUnit[] = (data as { units: Omit<ProvinceUnit, "slug" | "nameEn">[] }).units.map(
  (unit) => ({
    name: unit.name,
    type: unit.type,
    merged: unit.merged,
    slug: slugify(unit.name),
    nameEn: ENGLISH_NAMES[unit.name] ?? stripDiacritics(unit.name),
  }),
)
export const PROVINCE_NAMES: string[] = PROVINCES.map((unit) => unit.name)

/** Sorted for a select (Vietnamese collation). */
export const PROVINCES_SORTED: ProvinceUnit[] = [...PROVINCES].sort((a, b) => a.name.localeCompare(b.name, "vi"))

export function provinceBySlug(slug: string | null | undefined): ProvinceUnit | undefined {
  return PROVINCES.find((province) => province.slug === slug)
}

/** The unit's name in a language: English names for "en", the official name otherwise. */
export function provinceName(province: ProvinceUnit, lang: string): string {
  return lang === "en" ? province.nameEn : province.name
}

/**
 * The current unit for a name people type, old or new, with or without diacritics or a
 * "Tỉnh"/"Thành phố" prefix: "Bến Tre" → Vĩnh Long; "TP. Hồ Chí Minh" → Hồ Chí Minh; "ha noi" → Hà Nội.
 */
export function findProvince(name: unknown): ProvinceUnit | undefined {
  if (typeof name !== "string" || !name.trim()) return undefined
  const key = slugify(name.replace(/^(tỉnh|tinh|thành phố|thanh pho|tp\.?)\s+/i, ""))
  return (
    PROVINCES.find((province) => province.slug === key) ??
    PROVINCES.find((province) => province.merged.some((old) => slugify(old) === key)) ??
    PROVINCES.find((province) => slugify(province.nameEn) === key)
  )
}

/**
 * Former official names that are neither a current unit nor a merged province: Thừa Thiên Huế
 * became Huế city on 1 Jan 2025 (Resolution 1314/NQ-UBTVQH15).
 */
const RENAMED: Record<string, string> = { "Thừa Thiên Huế": "Huế" }

/** Old-style tone placement (hoà, hoá, thuỷ) → the style of the data (hòa, hóa, thủy), at word end. */
const TONED_O: Record<string, string> = {
  à: "ò",
  á: "ó",
  ả: "ỏ",
  ã: "õ",
  ạ: "ọ",
  è: "ò",
  é: "ó",
  ẻ: "ỏ",
  ẽ: "õ",
  ẹ: "ọ",
}
const TONED_U: Record<string, string> = { ỳ: "ù", ý: "ú", ỷ: "ủ", ỹ: "ũ", ỵ: "ụ" }

export function normaliseProvinceName(name: string): string {
  let value = name
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*[-–—]\s*/g, " - ")
  value = value.replace(
    /([oO])([àáảãạ])(?=$|[\s-])/g,
    (_, o: string, mark: string) => `${o === "O" ? TONED_O[mark].toUpperCase() : TONED_O[mark]}a`,
  )
  value = value.replace(
    /([oO])([èéẻẽẹ])(?=$|[\s-])/g,
    (_, o: string, mark: string) => `${o === "O" ? TONED_O[mark].toUpperCase() : TONED_O[mark]}e`,
  )
  value = value.replace(
    /([uU])([ỳýỷỹỵ])(?=$|[\s-])/g,
    (_, u: string, mark: string) => `${u === "U" ? TONED_U[mark].toUpperCase() : TONED_U[mark]}y`,
  )
  return value
}

const byName = new Map<string, { current: string; historical: string | null }>()
for (const unit of PROVINCES) {
  byName.set(normaliseProvinceName(unit.name), { current: unit.name, historical: null })
  for (const old of unit.merged) byName.set(normaliseProvinceName(old), { current: unit.name, historical: old })
}
for (const [old, current] of Object.entries(RENAMED)) {
  byName.set(normaliseProvinceName(old), { current, historical: old })
}

/**
 * The current unit for a province name: a current unit maps to itself (historical null), an old
 * province to the unit it was merged into (historical = the old name as spelt in the data).
 * Returns null for an unknown name.
 */
export function resolveProvince(name: unknown): { current: string; historical: string | null } | null {
  if (typeof name !== "string") return null
  return byName.get(normaliseProvinceName(name)) ?? null
}

/** The current unit's name for a current or old province name, or null when unknown. */
export function currentProvinceFor(name: unknown): string | null {
  return resolveProvince(name)?.current ?? null
}

export function isCurrentProvince(name: unknown): boolean {
  const resolved = resolveProvince(name)
  return !!resolved && resolved.historical === null
}
