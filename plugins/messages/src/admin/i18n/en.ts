import type { vi } from "./vi"

/** The messages plugin's admin pages in English: the same keys as the Vietnamese (checked by the type). */
type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }

export const en: Messages<typeof vi> = {
  ocop_message_reports: {
    menu: "Reported messages",
    title: "Reported messages",
    intro:
      "Conversations between buyers and cooperatives that one side reported. The operators can read only these conversations.",
    reported_at: "Reported at",
    subject: "Subject",
    seller: "Cooperative",
    buyer: "Buyer",
    reporter: "Reported by",
    reason: "Reason",
    order: "Order {{number}}",
    loading: "Loading…",
    empty: "No conversation has been reported.",
    back: "← Reported messages",
    reported: "{{who}} reported it at {{at}}: “{{reason}}”",
    not_found: "This reported conversation was not found.",
    masked: "phone number/e-mail hidden",
    role: {
      customer: "Buyer",
      seller: "Seller",
      admin: "Marketplace",
    },
  },
}
