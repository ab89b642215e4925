/** Vietnamese-first labels and formats of the OCOP admin. */
import { AUTHORITY_LABELS, type AuthorityLevel } from "../../rules/authority"
import { PRODUCT_GROUPS } from "@ocop/reference"
import type { CertificateStatus } from "../../rules/validity"
import type { SubjectType } from "./types"

export const STATUS_LABELS: Record<
  CertificateStatus,
  { vi: string; en: string; color: "green" | "orange" | "red" | "grey" }
> = {
  valid: { vi: "Còn hiệu lực", en: "Valid", color: "green" },
  expired: { vi: "Hết hạn", en: "Expired", color: "orange" },
  revoked: { vi: "Đã thu hồi", en: "Revoked", color: "red" },
  superseded: { vi: "Đã thay thế", en: "Superseded", color: "grey" },
}

export const SUBJECT_TYPE_LABELS: Record<SubjectType, { vi: string; en: string }> = {
  enterprise: { vi: "Doanh nghiệp", en: "Enterprise" },
  cooperative: { vi: "Hợp tác xã", en: "Cooperative" },
  cooperative_group: { vi: "Tổ hợp tác", en: "Cooperative group" },
  household_business: { vi: "Hộ kinh doanh", en: "Household business" },
}

export function authorityLabel(level: string | null | undefined) {
  const label = level ? AUTHORITY_LABELS[level as AuthorityLevel] : undefined
  return label ? `${label.label_vi} (${label.label_en})` : (level ?? "—")
}

export function groupLabel(code: number | string | null | undefined) {
  const group = PRODUCT_GROUPS.find((g) => g.code === Number(code))
  return group ? `${group.code}. ${group.label_vi}` : code ? String(code) : "—"
}

/** `2025-07-15` or an ISO instant → `15/07/2025` (the day in Vietnam for an instant). */
export function formatVnDate(value: string | null | undefined) {
  if (!value) return "—"
  let day = value
  if (value.length > 10) {
    const instant = new Date(value)
    if (Number.isNaN(instant.getTime())) return value
    day = new Date(instant.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10)
  }
  const [y, m, d] = day.split("-")
  return d && m && y ? `${d}/${m}/${y}` : value
}

/** An instant → `15/07/2025 09:30` in Vietnam time. */
export function formatVnDateTime(value: string) {
  const instant = new Date(value)
  if (Number.isNaN(instant.getTime())) return value
  return instant.toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" })
}

/** The last valid day of a certificate: `valid_until` when the API gives it, else the day before `expires_at`. */
export function validUntilOf(certificate: { valid_until?: string | null; expires_at?: string | null }) {
  if (certificate.valid_until) return certificate.valid_until
  if (!certificate.expires_at) return null
  const instant = new Date(new Date(certificate.expires_at).getTime() - 1)
  return new Date(instant.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10)
}

/** Points with up to two decimals, Vietnamese decimal comma: 72.5 → "72,5". */
export function formatPoints(points: number) {
  return points.toLocaleString("vi-VN", { maximumFractionDigits: 2 })
}
