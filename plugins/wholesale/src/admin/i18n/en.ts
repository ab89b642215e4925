import type { vi } from "./vi"

/** The distributor review page of the admin in English: the same keys as the Vietnamese. */
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
}
