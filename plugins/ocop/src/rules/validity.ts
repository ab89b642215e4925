/**
 * Validity of an OCOP certificate: 36 months from the decision date. Pure TypeScript.
 *
 * Counting follows the Civil Code 2015 (art. 146–147): a period in months ends at the end of the
 * corresponding day of its last month, or of that month's last day when it has no such day.
 * A decision dated 15/07/2025 is valid through 15/07/2028 (its `valid_until`) and expires at
 * 16/07/2028 00:00 Asia/Ho_Chi_Minh (its `expires_at`); one dated 29/02/2024 is valid through
 * 28/02/2027.
 */
import { addDays, addMonths, vnDateOf, vnDateStart, type VnDate } from "./vn-date"

export const VALIDITY_MONTHS = 36
export const REMINDER_DAYS = [30, 7] as const
export type ReminderDays = (typeof REMINDER_DAYS)[number]

export const CERTIFICATE_STATUSES = ["valid", "expired", "revoked", "superseded"] as const
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]

const DAY_MS = 24 * 60 * 60 * 1000

/** The last day (in Vietnam) on which a certificate decided on `decisionDate` is valid. */
export function validUntil(decisionDate: VnDate): VnDate {
  return addMonths(decisionDate, VALIDITY_MONTHS)
}

/** The instant a certificate decided on `decisionDate` stops being valid (end of its `valid_until` day). */
export function expiresAt(decisionDate: VnDate): Date {
  return vnDateStart(addDays(validUntil(decisionDate), 1))
}

/** The last valid day (in Vietnam) of a certificate that expires at `expires`. */
export function validUntilFromExpiry(expires: Date | string): VnDate {
  return vnDateOf(new Date(new Date(expires).getTime() - 1))
}

export interface CertificateClock {
  status: CertificateStatus | string
  expires_at: Date | string
}

/** The status of a certificate at an instant: a stored `valid` past its expiry is `expired`. */
export function statusAt(certificate: CertificateClock, at: Date): CertificateStatus {
  if (certificate.status !== "valid") return certificate.status as CertificateStatus
  return new Date(certificate.expires_at).getTime() > at.getTime() ? "valid" : "expired"
}

export function isValidAt(certificate: CertificateClock, at: Date): boolean {
  return statusAt(certificate, at) === "valid"
}

/** Milliseconds left before expiry (negative once expired). */
export function timeToExpiry(certificate: CertificateClock, at: Date): number {
  return new Date(certificate.expires_at).getTime() - at.getTime()
}

/** Whole days left, rounded up (1 day left until the last instant). */
export function daysToExpiry(certificate: CertificateClock, at: Date): number {
  return Math.ceil(timeToExpiry(certificate, at) / DAY_MS)
}

export interface ReminderState extends CertificateClock {
  reminder_30_sent_at?: Date | string | null
  reminder_7_sent_at?: Date | string | null
}

/**
 * Which expiry reminder to send now, once each: the 30-day one when 30 days or less are left,
 * the 7-day one when 7 days or less are left. When a certificate is first seen with 7 days or less
 * left, only the 7-day reminder is sent and the 30-day one is marked as passed.
 */
export function dueReminder(certificate: ReminderState, at: Date): { send: ReminderDays | null; mark: ReminderDays[] } {
  if (!isValidAt(certificate, at)) return { send: null, mark: [] }
  const left = timeToExpiry(certificate, at)
  if (left <= 7 * DAY_MS && !certificate.reminder_7_sent_at) {
    return { send: 7, mark: certificate.reminder_30_sent_at ? [7] : [30, 7] }
  }
  if (left <= 30 * DAY_MS && !certificate.reminder_30_sent_at) {
    return { send: 30, mark: [30] }
  }
  return { send: null, mark: [] }
}

export interface CertificateRecord extends CertificateClock {
  revoked_at?: Date | string | null
  revocation_reason?: string | null
}

/**
 * What every surface shows of a certificate at an instant: the one decision "is it valid now".
 * Stars, the OCOP mark and "valid until" are shown only when `valid`; otherwise `ended_on` (the
 * day of revocation, or the first day after `valid_until`) and, for a revocation, its `reason`.
 */
export interface CertificateStanding {
  status: CertificateStatus
  valid: boolean
  valid_until: VnDate
  /** The day (in Vietnam) the certificate stopped being valid; null while valid. */
  ended_on: VnDate | null
  /** Why it was revoked; null unless revoked. */
  reason: string | null
}

export function standingAt(certificate: CertificateRecord, at: Date): CertificateStanding {
  const status = statusAt(certificate, at)
  const valid_until = validUntilFromExpiry(certificate.expires_at)
  const valid = status === "valid"
  let ended_on: VnDate | null = null
  if (status === "revoked" && certificate.revoked_at) ended_on = vnDateOf(new Date(certificate.revoked_at))
  else if (!valid) ended_on = addDays(valid_until, 1)
  return {
    status,
    valid,
    valid_until,
    ended_on,
    reason: status === "revoked" ? (certificate.revocation_reason ?? null) : null,
  }
}
