/**
 * Names shared by the plugin and the backend (seed): `import { … } from "@ocop/plugin-ocop/constants"`.
 */

/** The store's default sales channel, where only validly certified OCOP products may be. */
export const OCOP_SALES_CHANNEL_NAME = "Chợ OCOP"

/** Where expiry reminders go when a subject has no e-mail address (override with OCOP_OFFICE_EMAIL). */
export const DEFAULT_OCOP_OFFICE_EMAIL = "vanphong-ocop@ocop.local"

/**
 * Events the certification workflows emit (data `{ id, product_id }`), for subscribers in other
 * plugins (search index, promotion tags).
 */
export const CERTIFICATE_EVENTS = {
  ISSUED: "ocop-certificate.issued",
  RENEWED: "ocop-certificate.renewed",
  REVOKED: "ocop-certificate.revoked",
  EXPIRED: "ocop-certificate.expired",
  /** 30 or 7 days before expiry, once each (data `CertificateExpiring`). */
  EXPIRING: "ocop-certificate.expiring",
} as const

/**
 * What an expiry reminder says. This plugin sends nothing itself: the notifications plugin tells
 * the holder (its seller's members, by their preferences; a holder without a seller account at
 * `contact_email`).
 */
export interface CertificateExpiring {
  id: string
  subject_id: string | null
  /** The reminder: 30 or 7 days before expiry. */
  days: 30 | 7
  days_left: number
  decision_number: string
  stars: number
  product_id: string
  product_title: string | null
  producer: string | null
  /** The YYYY-MM-DD the certificate is valid until (Vietnam time). */
  valid_until: string
  /** The subject's e-mail address, else the OCOP office's. */
  contact_email: string
}
