import type { vi } from "./vi"

/** The promotion plugin's admin pages in English: the same keys as the Vietnamese (checked by the type). */
type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }

export const en: Messages<typeof vi> = {
  ocop_programme: {
    menu: "OCOP programme",
    title: "OCOP programme",
  },
  ocop_campaigns: {
    menu: "OCOP campaigns",
    title: "OCOP promotion campaigns",
  },
  ocop_events: {
    menu: "OCOP events",
    title: "Fairs, exhibitions and livestreams",
  },
  ocop_gift_boxes: {
    menu: "OCOP gift boxes",
    title: "OCOP gift boxes",
  },
  ocop_tourism: {
    menu: "Community tourism",
    title: "Community tourism: schedule and free places",
  },
}
