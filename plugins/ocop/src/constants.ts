/**
 * Names shared by the plugin and the backend (seed): `import { … } from "@ocop/plugin-ocop/constants"`.
 */

/** The store's default sales channel, where only validly certified OCOP products may be. */
export const OCOP_SALES_CHANNEL_NAME = "Chợ OCOP"

/** Where expiry reminders go when a subject has no e-mail address (override with OCOP_OFFICE_EMAIL). */
export const DEFAULT_OCOP_OFFICE_EMAIL = "vanphong-ocop@ocop.local"

/** Notification templates of the expiry reminders (the local provider logs them). */
export const EXPIRY_REMINDER_TEMPLATE = "ocop-certificate-expiry-reminder"

/**
 * Events the certification workflows emit (data `{ id, product_id }`), for subscribers in other
 * plugins (search index, promotion tags).
 */
export const CERTIFICATE_EVENTS = {
  ISSUED: "ocop-certificate.issued",
  RENEWED: "ocop-certificate.renewed",
  REVOKED: "ocop-certificate.revoked",
  EXPIRED: "ocop-certificate.expired",
  /** 30 or 7 days before expiry, once each (data `{ id, subject_id, days, decision_number, product_id, product_title, valid_until }`). */
  EXPIRING: "ocop-certificate.expiring",
} as const
