import { competentAuthority, REFORM_DATE, addDays, daysBetween, starsFromTotal } from "@ocop/plugin-ocop/rules"
import { findSubgroup, PRODUCT_GROUPS, PROVINCES, slugify } from "@ocop/reference"
import type { CatalogueRow } from "./catalogue-row"

/** Deterministic pseudo-random numbers (mulberry32): the same options give the same file. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
  }
}

/** A subgroup's label (Decision 148/QĐ-TTg) by its code. */
function subgroupLabel(code: string) {
  return findSubgroup(code)!.label_vi
}

/**
 * Product names by OCOP group: a kind and what it is made of; the place makes it unique. A name given
 * with a subgroup code belongs to that subgroup (and its group) instead: Decision 148/QĐ-TTg puts tea
 * (1.5) and coffee and cocoa (1.6) in group 1, food, although they are drunk.
 */
const KINDS: Record<
  number,
  { subgroup: string; names: (string | [name: string, subgroup: string])[]; packs: [string, number][] }
> = {
  1: {
    subgroup: subgroupLabel("1.3"),
    names: [
      "Mật ong hoa nhãn",
      "Gạo ST25",
      "Nước mắm cá cơm",
      "Chè lam",
      "Bánh pía sầu riêng",
      "Lạp xưởng tươi",
      "Mắm tôm chua",
      "Khô cá lóc",
      "Miến dong",
      "Cốm làng Vòng",
      "Giò bò",
      "Măng khô",
      "Tương bần",
      "Bánh đa nem",
      "Hạt điều rang muối",
    ],
    packs: [
      ["Hộp 500 g", 120_000],
      ["Túi 1 kg", 210_000],
      ["Chai 500 ml", 95_000],
    ],
  },
  2: {
    subgroup: subgroupLabel("2.2"),
    names: [
      ["Chè Shan tuyết", "1.5"],
      ["Cà phê Robusta rang mộc", "1.6"],
      "Rượu nếp cái hoa vàng",
      ["Trà atiso", "1.5"],
      "Nước cốt chanh leo",
      "Rượu ngô men lá",
      ["Trà hoa vàng", "1.5"],
      ["Cacao nguyên chất", "1.6"],
    ],
    packs: [
      ["Hộp 200 g", 150_000],
      ["Chai 750 ml", 280_000],
    ],
  },
  3: {
    subgroup: subgroupLabel("3.1"),
    names: [
      "Tinh dầu quế",
      "Cao atiso",
      "Sâm Ngọc Linh ngâm mật ong",
      "Tinh bột nghệ",
      "Trà giảo cổ lam",
      "Đông trùng hạ thảo sấy",
    ],
    packs: [
      ["Lọ 100 ml", 180_000],
      ["Hộp 30 gói", 320_000],
    ],
  },
  4: {
    subgroup: subgroupLabel("4.1"),
    names: [
      "Gốm men lam",
      "Chiếu cói",
      "Nón lá bài thơ",
      "Thổ cẩm dệt tay",
      "Mây tre đan",
      "Tranh Đông Hồ",
      "Lụa tơ tằm",
    ],
    packs: [
      ["Chiếc", 350_000],
      ["Bộ", 890_000],
    ],
  },
  5: {
    subgroup: subgroupLabel("5.2"),
    names: ["Lan hồ điệp", "Bonsai sam hương", "Đào Nhật Tân", "Quất cảnh"],
    packs: [["Chậu", 450_000]],
  },
  6: {
    subgroup: subgroupLabel("6.1"),
    names: ["Homestay bản", "Tour trải nghiệm làng nghề", "Điểm du lịch sinh thái"],
    packs: [["Đêm cho 2 người", 900_000]],
  },
}
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
const GIVEN = [
  "Văn An",
  "Thị Bình",
  "Đức Cường",
  "Thị Dung",
  "Minh Đức",
  "Thu Hà",
  "Quang Huy",
  "Thị Lan",
  "Hữu Nghĩa",
  "Thị Phương",
  "Văn Thắng",
  "Thị Yến",
]
const PLACE = [
  "Tân Lập",
  "Hòa Bình",
  "Phú Xuân",
  "Đông Sơn",
  "An Khánh",
  "Mỹ Lộc",
  "Thạch Hà",
  "Bản Phố",
  "Vĩnh Hưng",
  "Quảng Phú",
  "Ea Tu",
  "Long Điền",
  "Cát Tiên",
  "Bình Minh",
]

export type GenerateOptions = { products: number; producers?: number; seed?: number; today: string }

/**
 * A realistic national catalogue, one JSON row per product, streamed (nothing is kept per product):
 * about one producer per two products across the 34 provinces, a total score per product with its
 * stars derived by the rules (mostly 3★, some 4★, few 5★), and decisions after the 2025 reform
 * each certifying one to four products of one province and level on the same day.
 */
export function* generateCatalogue(options: GenerateOptions): Generator<CatalogueRow> {
  const rng = random(options.seed ?? 2026)
  const producers = Math.min(options.products, options.producers ?? Math.max(1, Math.round(options.products / 2)))
  const span = Math.max(0, daysBetween(REFORM_DATE, options.today) - 1)
  let decision: {
    number: string
    date: string
    level: string
    name: string
    province: string
    stars: number
    left: number
  } | null = null
  let serial = 1000

  for (let i = 0; i < options.products; i++) {
    const producerIndex = Math.floor((i * producers) / options.products)
    const province = PROVINCES[producerIndex % PROVINCES.length]
    const pr = random(producerIndex + 1)
    const place = pr.pick(PLACE)
    const type = pr.pick([
      "cooperative",
      "cooperative",
      "enterprise",
      "household_business",
      "cooperative_group",
    ] as const)
    const legalName =
      type === "enterprise"
        ? `Công ty TNHH ${place} ${province.name}`
        : type === "household_business"
          ? `Hộ kinh doanh ${pr.pick(FAMILY)} ${pr.pick(GIVEN)}`
          : `${type === "cooperative" ? "Hợp tác xã" : "Tổ hợp tác"} ${place} ${province.name}`
    const kind = KINDS[PRODUCT_GROUPS[rng.next() < 0.7 ? 0 : rng.int(1, 5)].code]
    const picked = rng.pick(kind.names)
    const [name, subgroupCode] = typeof picked === "string" ? [picked, null] : picked
    const subgroup = subgroupCode ? findSubgroup(subgroupCode)! : findSubgroup(kind.subgroup)!
    const roll = rng.next()
    const total = roll < 0.6 ? rng.int(50, 69) : roll < 0.97 ? rng.int(70, 89) : rng.int(90, 98)
    const stars = starsFromTotal(total)!
    const area = province.type === "city" ? "thành phố" : "tỉnh"
    // A producer of a merged unit lay in one of its former provinces: named in its record and address.
    const former = province.merged.length ? pr.pick([province.name, ...province.merged]) : province.name
    const historical = former === province.name ? null : former

    if (!decision || decision.left === 0 || decision.province !== province.name || decision.stars !== stars) {
      const date = addDays(REFORM_DATE, rng.int(0, span))
      const authority = competentAuthority(stars, date)
      serial++
      decision = {
        number: authority.level === "ministry" ? `${serial}/QĐ-BNNMT` : `${serial}/QĐ-UBND`,
        date,
        level: authority.level,
        name: authority.level === "ministry" ? authority.name! : `UBND ${area} ${province.name}`,
        province: province.name,
        stars,
        left: rng.int(1, 4),
      }
    }
    decision.left--

    const title = `${name} ${place} ${province.name}`
    const handle = `${slugify(title)}-${i + 1}`
    yield {
      handle,
      title,
      title_en: `${slugify(name).replace(/-/g, " ")} from ${slugify(place).replace(/-/g, " ")}, ${slugify(province.name).replace(/-/g, " ")}`,
      description: `${name} do ${legalName} sản xuất tại ${place}, ${area} ${province.name}. Sản phẩm OCOP ${stars} sao.`,
      group: subgroup.group,
      subgroup: subgroup.label_vi,
      producer: {
        tax_code: String(4_000_000_000 + producerIndex * 7),
        legal_name: legalName,
        type,
        address: `Thôn ${place}, ${area} ${province.name}${historical ? `, trước 01/7/2025 thuộc tỉnh ${historical}` : ""}`,
        province: province.name,
        historical_province: historical,
      },
      certificate: {
        decision_number: decision.number,
        decision_date: decision.date,
        authority_level: decision.level as CatalogueRow["certificate"]["authority_level"],
        authority_name: decision.name,
        council:
          decision.level === "ministry"
            ? "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp Trung ương"
            : `Hội đồng đánh giá, phân hạng sản phẩm OCOP ${area} ${province.name}`,
        evaluated_at: addDays(decision.date, -14),
        total_score: total,
      },
      variants: kind.packs.slice(0, rng.int(1, kind.packs.length)).map(([pack, price], v) => ({
        sku: `OCOP-${String(i + 1).padStart(6, "0")}-${v + 1}`,
        title: pack,
        price_vnd: Math.round((price * (0.7 + rng.next() * 0.8)) / 1000) * 1000,
        stock: rng.int(0, 500),
      })),
    }
  }
}
