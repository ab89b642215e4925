import type { vi } from "./vi"

/** The reviews plugin's admin page in English: the same keys as the Vietnamese (checked by the type). */
type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }

export const en: Messages<typeof vi> = {
  ocop_product_reviews: {
    menu: "Reviews",
    title: "Product reviews",
  },
}
