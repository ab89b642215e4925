import Medusa, { FetchError } from "@medusajs/js-sdk"

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

/** A broken rule as the API lists it beside its message: `{ field, rule, params }`. */
export interface BrokenRule {
  field: string
  rule: string
  params?: Record<string, string | number>
}

/** A refused request with the broken rules the API listed (`rules` of the error body). */
export class RefusalError extends FetchError {
  constructor(
    message: string,
    statusText: string,
    status: number,
    readonly rules: BrokenRule[],
  ) {
    super(message, statusText, status)
  }
}

/**
 * A write to the admin API, as `sdk.client.fetch` but keeping the error body's `rules`: the SDK's
 * FetchError carries the message alone, and the forms say each broken rule in the admin's language.
 */
export async function send<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const url = `${backendUrl.replace(/\/$/, "")}/${path.replace(/^\//, "")}`
  const response = await fetch(url, {
    method: init.method ?? "POST",
    credentials: "include",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok)
    throw new RefusalError(
      body?.message ?? response.statusText,
      response.statusText,
      response.status,
      Array.isArray(body?.rules) ? body.rules : [],
    )
  return body as T
}
