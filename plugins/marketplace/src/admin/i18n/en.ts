import type { vi } from "./vi"

/** The marketplace's admin pages in English: the same keys as the Vietnamese (checked by the type). */
type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }

export const en: Messages<typeof vi> = {
  ocop_review: {
    status: {
      pending: "Pending",
      approved: "Approved",
      verified: "Verified",
      rejected: "Rejected",
      all: "All",
    },
    status_header: "Status",
    review_header: "Review",
    reject: "Reject",
    reject_reason: "Reason for rejecting",
    reason_required: "Give a reason for rejecting, so that the applicant knows what to correct.",
    reviewed: "{{name}}: {{status}}",
    failed: "The decision was not saved. Reload the page and try again.",
    load_failed: "The list could not be loaded. Reload the page.",
    empty: "No {{noun}}.",
    empty_status: "No {{status}} {{noun}}.",
  },
  ocop_sellers: {
    menu: "Sellers",
    title: "Sellers",
    noun: "sellers",
    approve: "Approve",
    seller: "Seller",
    tax_code: "Tax code",
    province: "Province",
    commission: "Commission",
    documents: "Documents",
    documents_show: "View documents",
    documents_none: "None",
    type: {
      enterprise: "Enterprise",
      cooperative: "Cooperative",
      cooperative_group: "Cooperative group",
      household_business: "Household business",
    },
  },
  ocop_returns: {
    menu: "Returns",
    title: "Returns",
  },
  ocop_names: {
    title: "Name in Vietnamese order",
    customer: "Customer",
    shipping: "Recipient",
    billing: "Buyer on the invoice",
    note: "Medusa's pages put the given name first; Vietnamese write the family name first.",
  },
}
