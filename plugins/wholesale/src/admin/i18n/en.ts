import type { vi } from "./vi"

/** The wholesale plugin's admin texts in English: the same keys as the Vietnamese. */
export const en: { [K in keyof typeof vi]: Record<keyof (typeof vi)[K], string> } = {
  ocop_distributors: {
    menu: "Distributors",
    title: "Distributors",
    noun: "distributors",
    verify: "Verify",
    company: "Company",
    tax_code: "Tax code",
    delivery: "Delivers to",
  },
  ocop_order_payment: {
    transfer: "VietQR bank transfer",
    awaiting_transfer: "Awaiting transfer",
    partially_received: "Partly received",
    received: "Received in full",
    reference: "Reference: {{reference}}",
    received_of: "Received {{received}} of {{amount}}",
    by_seller: "seller",
    by_operator: "operator",
    receipt: "{{amount}} — confirmed by the {{by}} at {{at}}",
    confirm: "Confirm the full amount was received",
    confirmed: "Bank transfer receipt confirmed",
    failed: "Could not save the confirmation. Reload the page and try again.",
    load_failed: "Could not load the order's payment details. Reload the page.",
    vat_invoice: "VAT invoice",
    tax_code: "Tax code: {{code}}",
  },
}
