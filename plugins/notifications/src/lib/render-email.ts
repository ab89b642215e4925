import { notificationText } from "@ocop/reference"

/**
 * An e-mail's subject and plain-text body from a notification's kind and data: Vietnamese first,
 * English below (the reader's language is not known for every address).
 */
export function renderEmail(kind: string, data: Record<string, unknown>): { subject: string; text: string } {
  const vi = notificationText(kind, data, "vi")
  const en = notificationText(kind, data, "en")
  const link = typeof data.url === "string" ? `\n\n${data.url}` : ""
  return {
    subject: `${vi} — ${en}`,
    text: `${vi}${link}\n\n---\n\n${en}${link}\n\nChợ OCOP — OCOP Marketplace`,
  }
}
