/**
 * The OCOP score sheet and mandatory criteria as DATA (Decision 148/QĐ-TTg of 24 Feb 2023).
 *
 * Pure TypeScript: no Node or Medusa imports, the admin bundle renders its forms from it.
 * When a later legal text changes a criterion, a maximum or a threshold, change it here only.
 *
 * The sheet below is the common structure of Decision 148 (part A 40, part B 25, part C 35 points);
 * the official sheets differ per product group in the wording and split of some criteria.
 */
import { PRODUCT_GROUPS, type ProductGroupCode } from "@ocop/reference"

export type PartCode = "A" | "B" | "C"
/** The product groups and their subgroups are reference data of @ocop/reference. */
export type ProductGroup = ProductGroupCode
export type Stars = 3 | 4 | 5

export interface Criterion {
  code: string
  label_vi: string
  label_en: string
  /** Maximum points for this criterion. */
  max: number
}

export interface ScorePart {
  code: PartCode
  label_vi: string
  label_en: string
  max: number
  criteria: Criterion[]
}

export interface MandatoryCriterion {
  code: string
  label_vi: string
  label_en: string
  /** The lowest star level for which this criterion is mandatory (it stays mandatory above). */
  from_stars: Stars
  /** The product groups it applies to; null means every group. */
  product_groups: ProductGroup[] | null
}

export interface StarBand {
  stars: Stars
  /** Minimum total, in points, inclusive. */
  min_total: number
}

export const SCORE_PARTS: ScorePart[] = [
  {
    code: "A",
    label_vi: "Khả năng tổ chức sản xuất, phát triển sản phẩm và sức mạnh cộng đồng",
    label_en: "Production organisation, product development and community strength",
    max: 40,
    criteria: [
      { code: "A1", label_vi: "Nguồn nguyên liệu", label_en: "Source of raw materials", max: 4 },
      { code: "A2", label_vi: "Gia tăng giá trị (chế biến)", label_en: "Value added (processing)", max: 4 },
      { code: "A3", label_vi: "Năng lực sản xuất, đáp ứng đơn hàng", label_en: "Production capacity", max: 4 },
      { code: "A4", label_vi: "Liên kết sản xuất", label_en: "Production linkages", max: 4 },
      {
        code: "A5",
        label_vi: "Bảo vệ môi trường trong sản xuất",
        label_en: "Environmental protection in production",
        max: 4,
      },
      { code: "A6", label_vi: "Đổi mới, phát triển sản phẩm", label_en: "Product innovation and development", max: 5 },
      { code: "A7", label_vi: "Loại hình tổ chức sản xuất", label_en: "Type of producing organisation", max: 3 },
      { code: "A8", label_vi: "Quản trị, kế toán", label_en: "Management and accounting", max: 4 },
      { code: "A9", label_vi: "Sử dụng lao động địa phương", label_en: "Local employment", max: 4 },
      { code: "A10", label_vi: "Đóng góp cho cộng đồng", label_en: "Contribution to the community", max: 4 },
    ],
  },
  {
    code: "B",
    label_vi: "Khả năng tiếp thị và câu chuyện sản phẩm",
    label_en: "Marketing capacity and product story",
    max: 25,
    criteria: [
      { code: "B1", label_vi: "Thị trường mục tiêu", label_en: "Target market", max: 5 },
      {
        code: "B2",
        label_vi: "Kênh phân phối, thương mại điện tử",
        label_en: "Distribution channels and e-commerce",
        max: 5,
      },
      { code: "B3", label_vi: "Quảng bá, xúc tiến thương mại", label_en: "Promotion and trade fairs", max: 4 },
      { code: "B4", label_vi: "Bao bì, nhãn hàng hóa", label_en: "Packaging and labelling", max: 4 },
      { code: "B5", label_vi: "Câu chuyện sản phẩm", label_en: "Product story", max: 4 },
      { code: "B6", label_vi: "Sở hữu trí tuệ, nhãn hiệu", label_en: "Intellectual property and trademark", max: 3 },
    ],
  },
  {
    code: "C",
    label_vi: "Chất lượng sản phẩm, tiêu chuẩn và khả năng xuất khẩu",
    label_en: "Product quality, standards and export capacity",
    max: 35,
    criteria: [
      { code: "C1", label_vi: "Chất lượng cảm quan", label_en: "Sensory quality", max: 6 },
      { code: "C2", label_vi: "Chỉ tiêu chất lượng, dinh dưỡng", label_en: "Quality and nutrition indicators", max: 5 },
      { code: "C3", label_vi: "Tính độc đáo, đặc trưng vùng miền", label_en: "Uniqueness and local character", max: 5 },
      { code: "C4", label_vi: "Công bố tiêu chuẩn chất lượng", label_en: "Published quality standard", max: 4 },
      { code: "C5", label_vi: "An toàn thực phẩm, an toàn sử dụng", label_en: "Food safety and safety in use", max: 5 },
      { code: "C6", label_vi: "Truy xuất nguồn gốc", label_en: "Traceability", max: 4 },
      {
        code: "C7",
        label_vi: "Tiêu chuẩn quốc tế, khả năng xuất khẩu",
        label_en: "International standards and export capacity",
        max: 6,
      },
    ],
  },
]

export const MANDATORY_CRITERIA: MandatoryCriterion[] = [
  {
    code: "legal_registration",
    label_vi: "Đăng ký sản xuất, kinh doanh hợp pháp",
    label_en: "Legal production and business registration",
    from_stars: 3,
    product_groups: null,
  },
  {
    code: "food_safety",
    label_vi: "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (hoặc tương đương)",
    label_en: "Food-safety certificate of the production facility (or equivalent)",
    from_stars: 3,
    product_groups: [1, 2, 3],
  },
  {
    code: "product_standard",
    label_vi: "Công bố tiêu chuẩn chất lượng sản phẩm",
    label_en: "Published product quality standard",
    from_stars: 3,
    product_groups: null,
  },
  {
    code: "traceability",
    label_vi: "Truy xuất nguồn gốc sản phẩm",
    label_en: "Product traceability",
    from_stars: 4,
    product_groups: null,
  },
  {
    code: "product_story",
    label_vi: "Có câu chuyện sản phẩm",
    label_en: "Product story",
    from_stars: 4,
    product_groups: null,
  },
  {
    code: "export_capacity",
    label_vi: "Đạt tiêu chuẩn quốc tế, có khả năng xuất khẩu",
    label_en: "International standard and export capacity",
    from_stars: 5,
    product_groups: null,
  },
]

/** Certified star bands from the total score (Decision 148/2023). Below 50 points: no certificate. */
export const STAR_BANDS: StarBand[] = [
  { stars: 5, min_total: 90 },
  { stars: 4, min_total: 70 },
  { stars: 3, min_total: 50 },
]

/** 1★ (under 30) and 2★ (30 to under 50) are feedback to improve, never certificates. */
export const FEEDBACK_BANDS: { rank: 1 | 2; min_total: number }[] = [
  { rank: 2, min_total: 30 },
  { rank: 1, min_total: 0 },
]

export const MAX_TOTAL = 100

/** Mandatory criteria that apply to a product group (whatever the level). */
export function mandatoryCriteriaFor(productGroup: number): MandatoryCriterion[] {
  return MANDATORY_CRITERIA.filter(
    (criterion) => criterion.product_groups === null || criterion.product_groups.includes(productGroup as ProductGroup),
  )
}

/** Everything the admin form needs to render a score sheet. */
export function scoreSheetRules() {
  return {
    parts: SCORE_PARTS,
    mandatory_criteria: MANDATORY_CRITERIA,
    star_bands: STAR_BANDS,
    feedback_bands: FEEDBACK_BANDS,
    max_total: MAX_TOTAL,
    product_groups: PRODUCT_GROUPS,
  }
}
