/**
 * Who signed a recognition decision, read from the authority's name, and whether that authority
 * was competent for the producer's location on the decision date. Pure TypeScript.
 *
 * A People's Committee is named by its unit: "UBND tỉnh Lào Cai", "UBND thành phố Hà Nội"
 * (province level: the 63 former provinces before 1 Jul 2025, the 34 units from then),
 * "UBND huyện Hoàng Su Phì" or "UBND huyện Hoàng Su Phì, tỉnh Hà Giang" (district level: huyện,
 * quận, thị xã, or a city within a province). "Ủy ban nhân dân" is read as "UBND". A district
 * committee is one named district: "UBND cấp huyện, tỉnh X" names none and signs nothing.
 *
 * Competence (see ./authority for the dates): before 1 Jul 2025 a province-level decision is
 * signed by the producer's former province (its `historical_province`, else its unit, which kept
 * that province's name) and a district one by a district of that former province; from 1 Jul 2025
 * by the committee of the producer's current unit. When the producer's address still names its
 * district, a district decision must be that district's; a district named alone must have lain in
 * the producer's former province (FORMER_DISTRICTS of @ocop/reference, where its list is complete).
 */
import {
  AUTHORITY_LABELS,
  MINISTRY_MAE,
  MINISTRY_MARD,
  ministryNamesOn,
  REFORM_DATE,
  type AuthorityLevel,
} from "./authority"
import type { RuleError, RuleParams } from "./errors"
import { formerDistrictProblem, normaliseProvinceName, PROVINCES, resolveProvince } from "@ocop/reference"
import type { VnDate } from "./vn-date"

/** Thừa Thiên Huế became the centrally-run city of Huế on 1 Jan 2025 (Resolution 1314/NQ-UBTVQH15). */
const HUE_CITY_DATE: VnDate = "2025-01-01"
const THUA_THIEN_HUE = "Thừa Thiên Huế"

/** Centrally-run cities before 1 Jul 2025 (Huế from 1 Jan 2025): their committee is "UBND thành phố …". */
const FORMER_CITIES = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh"]

export const DISTRICT_KINDS = ["huyện", "quận", "thị xã", "thành phố"] as const
export type DistrictKind = (typeof DISTRICT_KINDS)[number]

export type Issuer =
  | { level: "ministry"; name: string }
  | { level: "province"; name: string; province: string }
  | { level: "district"; name: string; district: string; kind: DistrictKind; province: string | null }

export interface ProducerLocation {
  /** One of the 34 current units. */
  province: string
  /** The former province, when the producer's unit merged several. */
  historical_province?: string | null
  address?: string | null
}

const MINISTRY_ALIASES: Record<string, string> = {
  "bộ nông nghiệp và phát triển nông thôn": MINISTRY_MARD,
  "bộ nn&ptnt": MINISTRY_MARD,
  "bộ nn và ptnt": MINISTRY_MARD,
  "bộ nông nghiệp và môi trường": MINISTRY_MAE,
  "bộ nn&mt": MINISTRY_MAE,
  "bộ nn và mt": MINISTRY_MAE,
}

function clean(text: string) {
  return text.normalize("NFC").replace(/\s+/g, " ").trim().replace(/\.$/, "")
}

function lower(text: string) {
  return clean(text).toLocaleLowerCase("vi")
}

/** Same place name, whatever the case and the placement of tone marks (Hòa/Hoà). */
export function samePlaceName(a: string, b: string) {
  return normaliseProvinceName(a).toLocaleLowerCase("vi") === normaliseProvinceName(b).toLocaleLowerCase("vi")
}

/** The province-level units on `date`: the 63 former provinces before 1 Jul 2025, the 34 units from then. */
function provinceUnitAt(name: string, date: VnDate): { name: string; city: boolean } | null {
  const resolved = resolveProvince(name)
  if (!resolved) return null
  if (date >= REFORM_DATE) {
    if (resolved.historical !== null) return null
    const unit = PROVINCES.find((p) => p.name === resolved.current)!
    return { name: unit.name, city: unit.type === "city" }
  }
  const former = resolved.historical ?? resolved.current
  if (former === THUA_THIEN_HUE || former === "Huế") {
    const hue = date >= HUE_CITY_DATE ? "Huế" : THUA_THIEN_HUE
    return samePlaceName(hue, name) ? { name: hue, city: hue === "Huế" } : null
  }
  return { name: former, city: FORMER_CITIES.includes(former) }
}

function provinceCommittee(unit: { name: string; city: boolean }) {
  return `UBND ${unit.city ? "thành phố" : "tỉnh"} ${unit.name}`
}

const UNIT_WORD = /^(tỉnh|thành phố|tp\.?|huyện|quận|thị xã)\s+(.+)$/iu

function unitPart(part: string): { word: string; name: string } | null {
  const match = UNIT_WORD.exec(part)
  if (!match) return null
  const word = match[1].toLocaleLowerCase("vi").startsWith("tp") ? "thành phố" : match[1].toLocaleLowerCase("vi")
  return { word, name: clean(match[2]) }
}

const DISTRICT_NAME = /^[\p{L}\d][\p{L}\p{M}\d' .-]*$/u

/**
 * The authority named by `text` on `date`, or the reason it names none. Strict: a committee is
 * "UBND" + one unit (+ its province for a district), a ministry is one of the ministry names.
 */
export function parseIssuer(
  text: unknown,
  date: VnDate,
): { ok: true; issuer: Issuer } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message })
  if (typeof text !== "string" || clean(text).length < 3)
    return fail("the name of the authority that signed the decision is required")
  const name = clean(text)
  const ministry = MINISTRY_ALIASES[lower(name)]
  if (ministry) return { ok: true, issuer: { level: "ministry", name: ministry } }

  const committee = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(.+)$/iu.exec(name)
  const example = "e.g. UBND tỉnh Lào Cai, UBND huyện Bắc Hà, tỉnh Lào Cai, or Bộ Nông nghiệp và Môi trường"
  if (!committee) return fail(`"${name}" names no People's Committee or ministry (${example})`)
  const rest = committee[1].replace(/\s+(?=(?:tỉnh|thành phố|tp\.?)\s)/giu, ", ")
  const parts = rest.split(/\s*,\s*/).filter(Boolean)
  if (/^cấp\s/iu.test(parts[0])) {
    return fail(
      `"${name}" names no committee: a district decision is signed by a named district, e.g. UBND huyện Hoàng Su Phì`,
    )
  }
  const units = parts.map(unitPart)
  if (parts.length > 2 || units.some((u) => !u))
    return fail(`"${name}" is not the name of one People's Committee (${example})`)

  const readProvince = (unit: { word: string; name: string }) => {
    const found = provinceUnitAt(unit.name, date)
    if (!found) return { error: `${unit.word} ${unit.name} was not a province-level unit on ${date}` }
    if ((unit.word === "thành phố") !== found.city) {
      return {
        error: `${found.name} is ${found.city ? "a centrally-run city (thành phố)" : "a province (tỉnh)"}: its committee is ${provinceCommittee(found)}`,
      }
    }
    return { unit: found }
  }

  const [first, second] = units as { word: string; name: string }[]
  if (!second && (first.word === "tỉnh" || (first.word === "thành phố" && provinceUnitAt(first.name, date)?.city))) {
    const read = readProvince(first)
    if (!read.unit) return fail(`"${name}": ${read.error}`)
    return { ok: true, issuer: { level: "province", name: provinceCommittee(read.unit), province: read.unit.name } }
  }
  if (first.word === "tỉnh") return fail(`"${name}" is not the name of one People's Committee (${example})`)
  const kind = first.word as DistrictKind
  if (
    !DISTRICT_NAME.test(first.name) ||
    (first.name.length < 2 && !/^\d+$/.test(first.name)) ||
    /^(cấp|huyện|quận)\b/iu.test(first.name)
  ) {
    return fail(`"${name}" does not name a district`)
  }
  let province: { name: string; city: boolean } | null = null
  if (second) {
    if (second.word !== "tỉnh" && second.word !== "thành phố")
      return fail(`"${name}": a district belongs to a province or a centrally-run city`)
    const read = readProvince(second)
    if (!read.unit) return fail(`"${name}": ${read.error}`)
    province = read.unit
  }
  const district = `UBND ${kind} ${first.name}`
  return {
    ok: true,
    issuer: {
      level: "district",
      kind,
      district: first.name,
      province: province?.name ?? null,
      name: province ? `${district}, ${province.city ? "thành phố" : "tỉnh"} ${province.name}` : district,
    },
  }
}

/**
 * The former province (one of the 63) a producer was in on `date`, before 1 Jul 2025: its recorded
 * historical province, else its unit, which kept the name of the province it was before.
 */
export function formerProvinceOf(producer: ProducerLocation, date: VnDate): { name: string; city: boolean } | null {
  const resolved = resolveProvince(producer.historical_province || producer.province)
  if (!resolved) return null
  const former = resolved.historical ?? resolved.current
  if (former === "Huế" || former === THUA_THIEN_HUE) {
    return date >= HUE_CITY_DATE ? { name: "Huế", city: true } : { name: THUA_THIEN_HUE, city: false }
  }
  return { name: former, city: FORMER_CITIES.includes(former) }
}

/** The district the address names ("…, huyện Bắc Hà, tỉnh Lào Cai"), if any. */
export function districtInAddress(address: unknown): { kind: DistrictKind; name: string } | null {
  if (typeof address !== "string") return null
  const units = address.split(",").map((part) => unitPart(clean(part)))
  for (const [i, unit] of units.entries()) {
    if (!unit || unit.word === "tỉnh") continue
    // "thành phố Hà Nội" is a province-level city; "thành phố Huế, tỉnh Thừa Thiên Huế" was a district.
    const cityOfProvinceLevel = [...FORMER_CITIES, "Huế"].some((city) => samePlaceName(city, unit.name))
    if (unit.word === "thành phố" && cityOfProvinceLevel && units[i + 1]?.word !== "tỉnh") continue
    return { kind: unit.word as DistrictKind, name: unit.name }
  }
  return null
}

export interface IssuerInput {
  decision_date: VnDate
  authority_level: AuthorityLevel
  authority_name: unknown
  /** Without it (the producer not chosen yet) only the name and the level are checked. */
  producer: ProducerLocation | null
}

/**
 * Every way the named authority is not the one competent for the producer on the decision date.
 * Returns the issuer, completed with the producer's former province for a district named alone.
 */
export function checkIssuer(input: IssuerInput): { errors: RuleError[]; issuer: Issuer | null } {
  const date = input.decision_date
  const parsed = parseIssuer(input.authority_name, date)
  if (!parsed.ok) {
    const name = typeof input.authority_name === "string" ? input.authority_name.trim() : ""
    return {
      errors: [{ field: "authority_name", rule: "issuer", message: parsed.message, params: { name } }],
      issuer: null,
    }
  }
  const issuer = parsed.issuer
  const err = (rule: string, message: string, params: RuleParams) => ({
    errors: [{ field: "authority_name", rule, message, params: { name: issuer.name, ...params } }],
    issuer,
  })
  if (issuer.level !== input.authority_level) {
    return err(
      "issuer_level",
      `"${issuer.name}" is a ${issuer.level} authority, but authority_level is "${input.authority_level}"`,
      { authority_vi: AUTHORITY_LABELS[issuer.level].label_vi, authority_en: AUTHORITY_LABELS[issuer.level].label_en },
    )
  }
  if (issuer.level === "ministry") {
    const [expected] = ministryNamesOn(date)
    return issuer.name === expected
      ? { errors: [], issuer }
      : err("ministry_name", `a ministry decision dated ${date} is signed by the ${expected}, not "${issuer.name}"`, {
          date,
          expected,
        })
  }

  if (!input.producer) return { errors: [], issuer }
  const current = resolveProvince(input.producer.province)?.current ?? input.producer.province
  if (date >= REFORM_DATE) {
    // Only province-level committees exist from 1 Jul 2025 (a district level is refused by checkAuthority).
    if (issuer.level === "province" && issuer.province !== current) {
      const unit = PROVINCES.find((p) => p.name === current)
      const expected = unit ? provinceCommittee({ name: unit.name, city: unit.type === "city" }) : `UBND ${current}`
      return err(
        "competent_issuer",
        `the producer is in ${current}: a decision dated ${date} is signed by ${unit ? expected : `the committee of ${current}`}, not "${issuer.name}"`,
        { case: "expected", province: current, date, expected },
      )
    }
    return { errors: [], issuer }
  }

  const formerUnit = formerProvinceOf(input.producer, date)
  if (!formerUnit)
    return err(
      "competent_issuer",
      `the producer's former province (before ${REFORM_DATE}) is unknown: record it on the producer`,
      { case: "former_unknown", date: REFORM_DATE },
    )
  const former = formerUnit.name
  const where = former === current ? former : `${former} (now part of ${current})`
  if (issuer.level === "province") {
    if (issuer.province !== former) {
      return err(
        "competent_issuer",
        `the producer was in ${where}: a decision dated ${date} is signed by ${provinceCommittee(formerUnit)}, not "${issuer.name}"`,
        { case: "expected", province: former, date, expected: provinceCommittee(formerUnit) },
      )
    }
    return { errors: [], issuer }
  }
  if (issuer.province && issuer.province !== former) {
    return err("competent_issuer", `the producer was in ${where}: "${issuer.name}" is a district of another province`, {
      case: "other_province",
      province: former,
    })
  }
  // The district must have lain in that former province, as far as the reference list can tell.
  const outside = formerDistrictProblem(`${issuer.kind} ${issuer.district}`, former)
  if (outside)
    return err("competent_issuer", `the producer was in ${where}: ${outside}`, {
      case: "other_province",
      province: former,
    })
  const named = districtInAddress(input.producer.address)
  if (named && !samePlaceName(named.name, issuer.district)) {
    return err(
      "competent_issuer",
      `the producer's address is in ${named.kind} ${named.name}: a district decision for it is signed by UBND ${named.kind} ${named.name}, not "${issuer.name}"`,
      { case: "district", district: `${named.kind} ${named.name}`, expected: `UBND ${named.kind} ${named.name}` },
    )
  }
  const completed: Issuer = {
    ...issuer,
    province: former,
    name: `UBND ${issuer.kind} ${issuer.district}, ${formerUnit.city ? "thành phố" : "tỉnh"} ${former}`,
  }
  return { errors: [], issuer: completed }
}

/**
 * The name of the authority competent for `stars` on `date` for this producer, for a form to
 * suggest; null for a district decision when the address names no district.
 */
export function competentIssuerName(stars: 3 | 4 | 5, date: VnDate, producer: ProducerLocation): string | null {
  if (stars === 5) return ministryNamesOn(date)[0]
  if (date >= REFORM_DATE) {
    const unit = PROVINCES.find((p) => p.name === resolveProvince(producer.province)?.current)
    return unit ? provinceCommittee({ name: unit.name, city: unit.type === "city" }) : null
  }
  const former = formerProvinceOf(producer, date)
  if (!former) return null
  if (stars === 4) return provinceCommittee(former)
  const district = districtInAddress(producer.address)
  return district
    ? `UBND ${district.kind} ${district.name}, ${former.city ? "thành phố" : "tỉnh"} ${former.name}`
    : null
}
