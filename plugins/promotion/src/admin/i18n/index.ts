import { en } from "./en"
import { vi } from "./vi"

/** The admin's translations of the promotion plugin's admin pages (Medusa merges them into its own). */
export default {
  en: { translation: en },
  vi: { translation: vi },
}
