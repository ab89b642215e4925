import type { Stack } from "./stack"

/**
 * JSON calls to a running stack's backend, as the e2e tests and benchmarks make them: the store's
 * publishable key, an optional bearer token, and `admin` signed in as the operator on first use.
 * A refusal throws with the method, the path, the status and the body.
 */
export function backendClient(stack: Pick<Stack, "backendUrl" | "publishableKey" | "logins">) {
  async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
    const response = await fetch(`${stack.backendUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        "content-type": "application/json",
        "x-publishable-api-key": stack.publishableKey,
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return response.json() as Promise<T>
  }

  let adminToken: string | undefined
  async function admin<T>(method: string, path: string, body?: unknown): Promise<T> {
    adminToken ??= (await call<{ token: string }>("POST", "/auth/user/emailpass", null, stack.logins.admin)).token
    return call<T>(method, path, adminToken, body)
  }

  return { call, admin }
}

export type BackendClient = ReturnType<typeof backendClient>
