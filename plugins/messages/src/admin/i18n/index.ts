import { en } from "./en"
import { vi } from "./vi"

/** The admin's translations of the messages plugin's admin page (Medusa merges them into its own). */
export default {
  en: { translation: en },
  vi: { translation: vi },
}
