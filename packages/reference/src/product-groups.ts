/**
 * The OCOP product classification of Decision 148/QĐ-TTg (24 Feb 2023), Appendix I, "Phân loại
 * nhóm sản phẩm": six product groups (nhóm sản phẩm), each split into subgroups (nhóm), some of
 * which are split again into product sets (phân nhóm / bộ sản phẩm: 26 in all, each scored on its
 * own sheet). Codes are stable keys: the group number 1–6, the subgroup "1.2", the set "1.2.b".
 * Labels are the decision's Vietnamese wording and an English rendering of it.
 *
 * Group 6 (community tourism, eco-tourism and tourist attractions) is a service, not shipped goods:
 * no parcel, no shipping, service withholding rates. `is_service` carries that.
 */
import { fold } from "./fold.js"

export type ProductGroupCode = 1 | 2 | 3 | 4 | 5 | 6

export interface ProductSet {
  code: string
  label_vi: string
  label_en: string
}

export interface ProductSubgroup {
  /** "<group>.<n>", e.g. "1.2". */
  code: string
  label_vi: string
  label_en: string
  /** The decision's product sets in this subgroup; empty when the subgroup is one set. */
  sets: ProductSet[]
}

export interface ProductGroupInfo {
  code: ProductGroupCode
  /** URL key and the product category's handle in the catalogue. */
  handle: string
  label_vi: string
  label_en: string
  /** A service (booked, not shipped): true for group 6 only. */
  is_service: boolean
  subgroups: ProductSubgroup[]
}

const set = (code: string, label_vi: string, label_en: string): ProductSet => ({ code, label_vi, label_en })

export const PRODUCT_GROUPS: ProductGroupInfo[] = [
  {
    code: 1,
    handle: "thuc-pham",
    label_vi: "Thực phẩm",
    label_en: "Food",
    is_service: false,
    subgroups: [
      {
        code: "1.1",
        label_vi: "Thực phẩm tươi sống",
        label_en: "Fresh food",
        sets: [
          set("1.1.a", "Rau, củ, quả, hạt tươi", "Fresh vegetables, tubers, fruit and nuts"),
          set("1.1.b", "Thịt, thủy sản, trứng, sữa tươi", "Fresh meat, seafood, eggs and milk"),
        ],
      },
      {
        code: "1.2",
        label_vi: "Thực phẩm thô, sơ chế",
        label_en: "Raw and semi-processed food",
        sets: [
          set("1.2.a", "Gạo, ngũ cốc, hạt sơ chế khác", "Rice, cereals and other semi-processed grains"),
          set(
            "1.2.b",
            "Mật ong, mật khác và nông sản thực phẩm khác",
            "Honey, other syrups and other farm food products",
          ),
        ],
      },
      {
        code: "1.3",
        label_vi: "Thực phẩm chế biến",
        label_en: "Processed food",
        sets: [
          set("1.3.a", "Đồ ăn nhanh", "Ready-to-eat food"),
          set("1.3.b", "Chế biến từ gạo, ngũ cốc", "Processed from rice and cereals"),
          set("1.3.c", "Chế biến từ rau, củ, quả, hạt", "Processed from vegetables, tubers, fruit and nuts"),
          set(
            "1.3.d",
            "Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác",
            "Processed from meat, eggs, milk, seafood, honey, other syrups and other farm food products",
          ),
        ],
      },
      {
        code: "1.4",
        label_vi: "Gia vị",
        label_en: "Seasonings",
        sets: [
          set("1.4.a", "Tương, nước mắm, gia vị dạng lỏng khác", "Soy sauce, fish sauce and other liquid seasonings"),
          set("1.4.b", "Gia vị khác", "Other seasonings"),
        ],
      },
      {
        code: "1.5",
        label_vi: "Chè",
        label_en: "Tea",
        sets: [
          set("1.5.a", "Chè tươi, chế biến", "Fresh and processed tea"),
          set("1.5.b", "Sản phẩm chè từ thực vật khác", "Tea-like products from other plants"),
        ],
      },
      { code: "1.6", label_vi: "Cà phê, ca cao", label_en: "Coffee and cocoa", sets: [] },
    ],
  },
  {
    code: 2,
    handle: "do-uong",
    label_vi: "Đồ uống",
    label_en: "Beverages",
    is_service: false,
    subgroups: [
      {
        code: "2.1",
        label_vi: "Đồ uống có cồn",
        label_en: "Alcoholic beverages",
        sets: [
          set("2.1.a", "Rượu trắng", "White spirits"),
          set("2.1.b", "Đồ uống có cồn khác", "Other alcoholic beverages"),
        ],
      },
      {
        code: "2.2",
        label_vi: "Đồ uống không cồn",
        label_en: "Non-alcoholic beverages",
        sets: [
          set(
            "2.2.a",
            "Nước khoáng thiên nhiên, nước uống đóng chai",
            "Natural mineral water and bottled drinking water",
          ),
          set("2.2.b", "Đồ uống không cồn khác", "Other non-alcoholic beverages"),
        ],
      },
    ],
  },
  {
    code: 3,
    handle: "duoc-lieu",
    label_vi: "Dược liệu và sản phẩm từ dược liệu",
    label_en: "Medicinal herbs and herbal products",
    is_service: false,
    subgroups: [
      {
        code: "3.1",
        label_vi: "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
        label_en: "Health supplements, herbal and traditional medicines",
        sets: [],
      },
      {
        code: "3.2",
        label_vi: "Mỹ phẩm có thành phần từ dược liệu",
        label_en: "Cosmetics with herbal ingredients",
        sets: [],
      },
      {
        code: "3.3",
        label_vi: "Tinh dầu và dược liệu khác",
        label_en: "Essential oils and other herbal products",
        sets: [],
      },
    ],
  },
  {
    code: 4,
    handle: "thu-cong-my-nghe",
    label_vi: "Thủ công mỹ nghệ",
    label_en: "Handicrafts",
    is_service: false,
    subgroups: [
      {
        code: "4.1",
        label_vi: "Thủ công mỹ nghệ gia dụng, trang trí",
        label_en: "Household and decorative handicrafts",
        sets: [],
      },
      { code: "4.2", label_vi: "Vải, may mặc", label_en: "Textiles and garments", sets: [] },
    ],
  },
  {
    code: 5,
    handle: "sinh-vat-canh",
    label_vi: "Sinh vật cảnh",
    label_en: "Ornamental plants and animals",
    is_service: false,
    subgroups: [
      { code: "5.1", label_vi: "Hoa", label_en: "Flowers", sets: [] },
      { code: "5.2", label_vi: "Cây cảnh", label_en: "Ornamental plants", sets: [] },
      { code: "5.3", label_vi: "Động vật cảnh", label_en: "Ornamental animals", sets: [] },
    ],
  },
  {
    code: 6,
    handle: "du-lich-cong-dong",
    label_vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    label_en: "Community tourism, eco-tourism and tourist attractions",
    is_service: true,
    subgroups: [
      {
        code: "6.1",
        label_vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
        label_en: "Community tourism, eco-tourism and tourist attraction services",
        sets: [],
      },
    ],
  },
]

export const PRODUCT_GROUP_CODES: ProductGroupCode[] = PRODUCT_GROUPS.map((group) => group.code)

export function isProductGroup(value: unknown): value is ProductGroupCode {
  return typeof value === "number" && PRODUCT_GROUPS.some((group) => group.code === value)
}

/** The group for its number (1–6, as a number or a numeric string). */
export function productGroup(code: unknown): ProductGroupInfo | undefined {
  if (code === null || code === undefined || code === "") return undefined
  return PRODUCT_GROUPS.find((group) => String(group.code) === String(code).trim())
}

export function productGroupByHandle(handle: string | null | undefined): ProductGroupInfo | undefined {
  return PRODUCT_GROUPS.find((group) => group.handle === handle)
}

/** A group named by number ("1"), handle, or Vietnamese or English label (diacritics optional). */
export function findProductGroup(value: unknown): ProductGroupInfo | undefined {
  if (value === null || value === undefined || value === "") return undefined
  const text = String(value).trim()
  const folded = fold(text)
  return (
    productGroup(text) ??
    productGroupByHandle(text) ??
    PRODUCT_GROUPS.find((group) => fold(group.label_vi) === folded || fold(group.label_en) === folded)
  )
}

/** The group's label in a language: English for "en", Vietnamese otherwise. */
export function productGroupLabel(group: { label_vi: string; label_en: string }, lang: string): string {
  return lang === "en" ? group.label_en : group.label_vi
}

/** Whether a product of this group is a service rather than shipped goods (group 6). */
export function isServiceGroup(code: unknown): boolean {
  return productGroup(code)?.is_service === true
}

/**
 * A subgroup of any group, by its code ("1.2") or its Vietnamese or English label (diacritics,
 * case and spacing optional, so "Thuc pham che bien" finds 1.3).
 */
export function findSubgroup(value: unknown): (ProductSubgroup & { group: ProductGroupCode }) | undefined {
  if (typeof value !== "string" || !value.trim()) return undefined
  const text = value.trim()
  const folded = fold(text).replace(/\s+/g, " ")
  for (const group of PRODUCT_GROUPS) {
    for (const subgroup of group.subgroups) {
      if (subgroup.code === text || fold(subgroup.label_vi) === folded || fold(subgroup.label_en) === folded) {
        return { ...subgroup, group: group.code }
      }
    }
  }
  return undefined
}

/** Whether `subgroup` (code or label) is one of the subgroups of `group` (number) in Decision 148. */
export function isSubgroupOf(group: unknown, subgroup: unknown): boolean {
  const found = findSubgroup(subgroup)
  return !!found && String(found.group) === String(group).trim()
}
