/**
 * Customer accounts through Medusa's auth module (actor "customer", provider "emailpass").
 * The JWT lives only in the buyer's HttpOnly session cookie and is sent per call.
 */
import { redirect } from "react-router"
import { attachCartToCustomer } from "./cart.server"
import {
  authHeaders,
  errorMessage,
  errorStatus,
  passwordRegister,
  passwordSignIn,
  revokeToken,
  sdk,
  type StoreCustomer,
} from "./medusa.server"
import { commitSession, getSession, hasSessionCookie, type AppSession } from "./session.server"
import { localePath, type Lang, type MessageKey } from "../i18n"

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,*addresses"

/** The signed-in customer, or null (an expired or revoked token signs the buyer out). */
export async function getCustomer(session: AppSession): Promise<StoreCustomer | null> {
  const token = session.get("token")
  if (!token) return null
  try {
    const { customer } = await sdk.store.customer.retrieve({ fields: CUSTOMER_FIELDS }, authHeaders(token))
    return customer
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 403 || status === 404) {
      session.unset("token")
      session.unset("customerName")
      session.unset("customerEmail")
      return null
    }
    throw error
  }
}

/** For account pages: the customer, or a redirect to sign in (and back here afterwards). */
export async function requireCustomer(request: Request, url: URL, lang: Lang) {
  const session = await getSession(request)
  const customer = await getCustomer(session)
  if (!customer) {
    const next = url.pathname + url.search
    const cookie = hasSessionCookie(request) ? { "Set-Cookie": await commitSession(request, session) } : undefined
    throw redirect(`${localePath(lang, "/account/login")}?next=${encodeURIComponent(next)}`, { headers: cookie })
  }
  return { session, customer, token: session.get("token")! }
}

export function customerDisplayName(customer: {
  first_name?: string | null
  last_name?: string | null
  email?: string | null
}) {
  return [customer.last_name, customer.first_name].filter(Boolean).join(" ") || customer.email || ""
}

async function startSession(session: AppSession, token: string) {
  session.set("token", token)
  const { customer } = await sdk.store.customer.retrieve(
    { fields: "id,email,first_name,last_name" },
    authHeaders(token),
  )
  // The header greets by given name, as Vietnamese do ("Chào, An"), and stays short on a phone.
  session.set("customerName", customer.first_name || customerDisplayName(customer))
  session.set("customerEmail", customer.email)
  await attachCartToCustomer(session)
}

export type AuthResult = { ok: true } | { ok: false; field: "email" | "password" | "form"; key: MessageKey }

export async function signIn(
  session: AppSession,
  email: string,
  password: string,
  request?: Request,
): Promise<AuthResult> {
  try {
    const result = await passwordSignIn("customer", email, password, request)
    if (typeof result !== "string") return { ok: false, field: "form", key: "error.login.unsupported" }
    await startSession(session, result)
    return { ok: true }
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 400) return { ok: false, field: "password", key: "error.login.failed" }
    if (status === 429) return { ok: false, field: "form", key: "error.login.rate_limited" }
    throw error
  }
}

export async function register(
  session: AppSession,
  input: { email: string; password: string; firstName: string; lastName: string; phone: string | null },
  request?: Request,
): Promise<AuthResult> {
  let registrationToken: string
  try {
    registrationToken = await passwordRegister("customer", input.email, input.password, request)
  } catch (error) {
    if (/exist/i.test(errorMessage(error))) return { ok: false, field: "email", key: "error.email.taken" }
    const status = errorStatus(error)
    if (status === 429) return { ok: false, field: "form", key: "error.register.rate_limited" }
    if (status === 400 || status === 401) return { ok: false, field: "form", key: "error.register.failed" }
    throw error
  }
  try {
    await sdk.store.customer.create(
      { email: input.email, first_name: input.firstName, last_name: input.lastName, phone: input.phone ?? undefined },
      {},
      authHeaders(registrationToken),
    )
  } catch (error) {
    if (/exist/i.test(errorMessage(error))) return { ok: false, field: "email", key: "error.email.taken" }
    throw error
  }
  return signIn(session, input.email, input.password, request)
}

/** Signs the customer out here and ends the token in the backend. */
export async function signOut(session: AppSession) {
  await revokeToken(session.get("token"))
  session.unset("token")
  session.unset("customerName")
  session.unset("customerEmail")
  // The cart belonged to the customer: a shared phone must not show it to the next person.
  session.unset("cartId")
  session.set("cartCount", 0)
}
