import type { vi } from "./vi"

/** The reviews plugin's admin page in English: the same keys as the Vietnamese (checked by the type). */
type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }

export const en: Messages<typeof vi> = {
  ocop_product_reviews: {
    menu: "Reviews",
    title: "Product reviews",
    intro:
      "Reviews by buyers who received their order. A hidden review is not shown on the product page and does not count in the average; its author is told the reason.",
    filter: {
      label: "Filter by status",
      all: "All",
      visible: "Shown",
      hidden: "Hidden",
    },
    product: "Product",
    stars: "Stars",
    content: "Review",
    author: "Author",
    date: "Date",
    status: "Status",
    actions: "Actions",
    reply: "Reply: {{text}}",
    verified_buyer: "Verified buyer",
    visible: "Shown",
    hidden: "Hidden",
    hide: "Hide",
    unhide: "Show again",
    reason: "Reason for hiding",
    reason_placeholder: "Reason for hiding (sent to the author)",
    hidden_done: "Review hidden",
    unhidden_done: "Review shown again",
    failed: "Could not save. Reload the page and try again.",
    loading: "Loading…",
    empty: "No reviews yet.",
    previous: "Previous",
    next: "Next",
  },
}
