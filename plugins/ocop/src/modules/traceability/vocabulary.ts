/**
 * The GS1 Core Business Vocabulary (CBV 2.0) values the traceability module accepts, with
 * Vietnamese and English labels for the trace page. The lists match the enumerations of the
 * vendored EPCIS 2.0 JSON schema (epcis/schema/EPCISDocument.schema.json).
 */

export const BIZ_STEPS = [
  "accepting",
  "arriving",
  "assembling",
  "collecting",
  "commissioning",
  "consigning",
  "creating_class_instance",
  "cycle_counting",
  "decommissioning",
  "departing",
  "destroying",
  "disassembling",
  "dispensing",
  "encoding",
  "entering_exiting",
  "holding",
  "inspecting",
  "installing",
  "killing",
  "loading",
  "other",
  "packing",
  "picking",
  "receiving",
  "removing",
  "repackaging",
  "repairing",
  "replacing",
  "reserving",
  "retail_selling",
  "shipping",
  "staging_outbound",
  "stock_taking",
  "stocking",
  "storing",
  "transporting",
  "unloading",
  "unpacking",
  "void_shipping",
  "sensor_reporting",
  "sampling",
] as const
export type BizStep = (typeof BIZ_STEPS)[number]

export const DISPOSITIONS = [
  "active",
  "container_closed",
  "damaged",
  "destroyed",
  "dispensed",
  "disposed",
  "encoded",
  "expired",
  "in_progress",
  "in_transit",
  "inactive",
  "no_pedigree_match",
  "non_sellable_other",
  "partially_dispensed",
  "recalled",
  "reserved",
  "retail_sold",
  "returned",
  "sellable_accessible",
  "sellable_not_accessible",
  "stolen",
  "unknown",
  "available",
  "completeness_verified",
  "completeness_inferred",
  "conformant",
  "container_open",
  "mismatch_instance",
  "mismatch_class",
  "mismatch_quantity",
  "needs_replacement",
  "non_conformant",
  "unavailable",
] as const
export type Disposition = (typeof DISPOSITIONS)[number]

export const ATTACHMENT_KINDS = ["test_report", "certificate", "photo", "document", "invoice", "other"] as const

/**
 * A business step or disposition as written in EPCIS 2.0 JSON-LD (`commissioning`), EPCIS 1.x
 * (`urn:epcglobal:cbv:bizstep:commissioning`) or as a CBV web URI
 * (`https://ref.gs1.org/cbv/BizStep-commissioning`, `https://gs1.org/voc/BizStep-commissioning`)
 * → the bare CBV value, or null when it is not a CBV value.
 */
function normaliseCbv<T extends string>(
  value: unknown,
  list: readonly T[],
  urnKind: string,
  webKind: string,
): T | null {
  if (typeof value !== "string") return null
  let bare = value.trim()
  const urn = new RegExp(`^urn:epcglobal:cbv:${urnKind}:(.+)$`, "i").exec(bare)
  const web = new RegExp(
    `^https?://(?:ref\\.gs1\\.org/cbv|gs1\\.org/voc|ns\\.gs1\\.org/cbv)/${webKind}-(.+)$`,
    "i",
  ).exec(bare)
  if (urn) bare = urn[1]
  else if (web) bare = web[1]
  return (list as readonly string[]).includes(bare) ? (bare as T) : null
}

export function normaliseBizStep(value: unknown): BizStep | null {
  return normaliseCbv(value, BIZ_STEPS, "bizstep", "BizStep")
}

export function normaliseDisposition(value: unknown): Disposition | null {
  return normaliseCbv(value, DISPOSITIONS, "disp", "Disp")
}

/** Labels of the steps a buyer meets on the trace page (others fall back to the CBV name). */
export const BIZ_STEP_LABELS: Partial<Record<BizStep, { vi: string; en: string }>> = {
  commissioning: { vi: "Nguyên liệu, khởi tạo lô", en: "Raw material, lot created" },
  inspecting: { vi: "Kiểm tra chất lượng", en: "Quality inspection" },
  packing: { vi: "Đóng gói", en: "Packing" },
  shipping: { vi: "Xuất hàng", en: "Shipping" },
  receiving: { vi: "Nhận hàng", en: "Receiving" },
  retail_selling: { vi: "Bán lẻ", en: "Retail sale" },
  storing: { vi: "Lưu kho", en: "Storage" },
  transporting: { vi: "Vận chuyển", en: "Transport" },
  sampling: { vi: "Lấy mẫu", en: "Sampling" },
  creating_class_instance: { vi: "Sản xuất, chế biến", en: "Production" },
  assembling: { vi: "Phối trộn, chế biến", en: "Processing" },
  accepting: { vi: "Tiếp nhận", en: "Accepting" },
  arriving: { vi: "Đến nơi", en: "Arrival" },
  departing: { vi: "Rời đi", en: "Departure" },
  loading: { vi: "Bốc xếp lên xe", en: "Loading" },
  unloading: { vi: "Dỡ hàng", en: "Unloading" },
  stocking: { vi: "Lên kệ", en: "Stocking" },
  destroying: { vi: "Tiêu hủy", en: "Destroyed" },
  decommissioning: { vi: "Ngừng lưu hành", en: "Decommissioned" },
  holding: { vi: "Tạm giữ", en: "On hold" },
}
