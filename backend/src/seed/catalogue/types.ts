import type { ProductGroupCode } from "@ocop/reference"
/** OCOP subjects (chủ thể OCOP) that may register products. */
export type ProducerType = "enterprise" | "cooperative" | "cooperative_group" | "household_business"

/** The six product groups of Decision 148/2023: 1 food … 6 community tourism. */
export type ProductGroup = ProductGroupCode

export type DemoProducer = {
  key: string
  legalName: string
  type: ProducerType
  /** 10 digits, `0123456789-001` for a branch, or the 12-digit personal ID of a household business. */
  taxCode: string
  /** One of the 34 current province-level units, spelled as in `PROVINCES` of @ocop/reference. */
  province: string
  /**
   * The former province (one of the 63) the producer was in before the merger, when it is not named
   * like `province`: a `merged` name of `province`, or Thừa Thiên Huế for Huế. Decisions before
   * 1 Jul 2025 were signed there.
   */
  historicalProvince?: string
  /** The district the producer was in before 1 Jul 2025, as in FORMER_DISTRICTS of @ocop/reference ("huyện Hoàng Su Phì"). */
  formerDistrict: string
  address: string
  story: string
  storyEn: string
}

export type DemoVariant = {
  title: string
  titleEn: string
  sku: string
  /** Whole VND (zero-decimal currency). */
  priceVnd: number
  /** Units on hand; for a service, the capacity per booking date. */
  stock: number
}

export type DemoProduct = {
  handle: string
  /** Vietnamese, with diacritics. */
  title: string
  titleEn: string
  description: string
  descriptionEn: string
  group: ProductGroup
  /** The demo's product line, e.g. "Mật ong" (what it is made from). */
  line: string
  /** The subgroup of Decision 148/QĐ-TTg, as its Vietnamese label. */
  subgroup: string
  producerKey: string
  stars: 3 | 4 | 5
  /** Out of 100, two decimals at most; 3★ 50–69.99, 4★ 70–89.99, 5★ 90–100. */
  totalScore: number
  variants: DemoVariant[]
  /** Group 6 products are bookable services, not shipped goods. */
  isService: boolean
}
