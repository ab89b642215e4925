import Medusa from "@medusajs/js-sdk"
import { sendJson } from "@ocop/reference"

/**
 * The admin JS SDK client (session auth: the officer's admin login cookie).
 *
 * In a plugin, Medusa's docs recommend the bundler-defined global `__BACKEND_URL__`
 * (admin.backendUrl of the app's medusa-config); `import.meta.env.VITE_BACKEND_URL` is what an
 * app's own admin files use. Both fall back to "/" (same origin as the admin).
 */
const backendUrl =
  (typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__) || import.meta.env.VITE_BACKEND_URL || "/"

export const sdk = new Medusa({
  baseUrl: backendUrl,
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})

/**
 * A write to the admin API, as `sdk.client.fetch` but keeping the error body's `rules` (a
 * RefusalError of @ocop/reference): the SDK's FetchError carries the message alone, and the forms
 * say each broken rule in the admin's language.
 */
export function send<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  return sendJson<T>(backendUrl, path, { method: init.method ?? "POST", body: init.body, credentials: "include" })
}
