/**
 * A JSON request to the Medusa backend that keeps what a refusal lists. Medusa's JS SDK
 * (`sdk.client.fetch`) throws a FetchError with the message alone; the plugins' refusals also list
 * every broken rule with its facts (`rules: [{ field, rule, params }]`), which the admin forms and
 * the storefront's pages turn into sentences (RULE_SENTENCES). The admin extensions and the
 * storefront both send their writes through here.
 */
import type { BrokenRuleFacts } from "./rule-sentences.js"

/** A refused request: the status, the backend's message and the broken rules it listed. */
export class RefusalError extends Error {
  constructor(
    message: string,
    readonly statusText: string,
    readonly status: number,
    readonly rules: BrokenRuleFacts[],
  ) {
    super(message)
    this.name = "RefusalError"
  }
}

export interface JsonRequest {
  method: string
  body?: unknown
  headers?: Record<string, string>
  /** "include" where the session is a cookie (the admin); the storefront passes a token instead. */
  credentials?: "include" | "omit" | "same-origin"
}

interface JsonResponse {
  ok: boolean
  status: number
  statusText: string
  json(): Promise<unknown>
}

// `fetch` is global in the browsers and in Node ≥ 18; the package compiles without DOM or Node
// types, so the part of it used here is declared.
declare const fetch: (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; credentials?: string },
) => Promise<JsonResponse>

/** Sends `init.body` as JSON to `path` of the backend at `baseUrl`; its answer, or a RefusalError. */
export async function sendJson<T>(baseUrl: string, path: string, init: JsonRequest): Promise<T> {
  const response = await fetch(`${baseUrl.replace(/\/$/, "")}/${path.replace(/^\//, "")}`, {
    method: init.method,
    credentials: init.credentials,
    headers: { "content-type": "application/json", accept: "application/json", ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const body = (await response.json().catch(() => ({}))) as { message?: unknown; rules?: unknown } | null
  if (!response.ok) {
    const message = typeof body?.message === "string" ? body.message : response.statusText
    const rules = Array.isArray(body?.rules) ? (body.rules as BrokenRuleFacts[]) : []
    throw new RefusalError(message, response.statusText, response.status, rules)
  }
  return body as T
}
