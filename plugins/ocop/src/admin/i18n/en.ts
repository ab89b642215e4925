import type { vi } from "./vi"

/** The OCOP plugin's admin pages in English: the same keys as the Vietnamese (checked by the type). */
type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }

export const en: Messages<typeof vi> = {
  ocop_certificates: {
    menu: "OCOP certificates",
    title: "OCOP certificates",
  },
  ocop_trace_digests: {
    menu: "Trace digests",
    title: "Digests of the traceability history",
  },
}
