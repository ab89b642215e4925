/** Labels and formats of the OCOP admin, in the admin's language (`lang`: Vietnamese, else English). */
import { AUTHORITY_LABELS, type AuthorityLevel } from "../../rules/authority"
import { PRODUCT_GROUPS } from "@ocop/reference"
import type { CertificateStatus } from "../../rules/validity"
import type { SubjectType } from "./types"

/** Certificate statuses in the order the filter lists them, with their badge colours (texts: `ocop_certificate.status.*`). */
export const STATUS_COLORS: Record<CertificateStatus, "green" | "orange" | "red" | "grey"> = {
  valid: "green",
  expired: "orange",
  revoked: "red",
  superseded: "grey",
}

/** The kinds of OCOP subject (texts: `ocop_certificate.subject_type.*`). */
export const SUBJECT_TYPES: SubjectType[] = ["enterprise", "cooperative", "cooperative_group", "household_business"]

const isVietnamese = (lang: string) => lang.startsWith("vi")

/** A label of reference data (`label_vi`, `label_en`) in the admin's language. */
export const localized = (item: { label_vi: string; label_en: string }, lang: string) =>
  isVietnamese(lang) ? item.label_vi : item.label_en

export function authorityLabel(level: string | null | undefined, lang: string) {
  const label = level ? AUTHORITY_LABELS[level as AuthorityLevel] : undefined
  return label ? localized(label, lang) : (level ?? "—")
}

export function groupLabel(code: number | string | null | undefined, lang: string) {
  const group = PRODUCT_GROUPS.find((g) => g.code === Number(code))
  return group ? `${group.code}. ${localized(group, lang)}` : code ? String(code) : "—"
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

/** The last valid day of a certificate: `valid_until` when the API gives it, else the day before `expires_at`. */
export function validUntilOf(certificate: { valid_until?: string | null; expires_at?: string | null }) {
  if (certificate.valid_until) return certificate.valid_until
  if (!certificate.expires_at) return null
  const instant = new Date(new Date(certificate.expires_at).getTime() - 1)
  return new Date(instant.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10)
}

/** Points with up to two decimals: 72.5 → "72,5" in Vietnamese, "72.5" in English. */
export function formatPoints(points: number, lang: string) {
  return points.toLocaleString(isVietnamese(lang) ? "vi-VN" : "en-GB", { maximumFractionDigits: 2 })
}
