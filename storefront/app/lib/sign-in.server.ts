/**
 * The sign-in and registration pages' server side, shared by the customer's account and the
 * seller portal: the page to return to, the e-mail/phone/password checks, the sign-in action.
 */
import { data, redirect } from "react-router"
import { langFromPath, localePath, type MessageKey } from "../i18n"
import { signIn, type AuthResult } from "./customer.server"
import { privateNoStore } from "./http.server"
import { signInSeller } from "./seller.server"
import { commitSession, getSession, type AppSession } from "./session.server"
import { safeReturnPath } from "./return-path"
import { isEmail, normalizeVietnamesePhone, validatePassword } from "./validation"

type Args = { request: Request; url: URL }

/** Who signs in where: the session key of its token, its home page, its sign-in call. */
export interface Realm {
  tokenKey: "token" | "sellerToken"
  home: string
  signedInKey: MessageKey
  signIn: (session: AppSession, email: string, password: string, request?: Request) => Promise<AuthResult>
}

export const CUSTOMER: Realm = { tokenKey: "token", home: "/account", signedInKey: "account.signed_in", signIn }
export const SELLER: Realm = {
  tokenKey: "sellerToken",
  home: "/seller",
  signedInKey: "seller.signed_in",
  signIn: signInSeller,
}

export type SignInErrors = { email?: MessageKey; password?: MessageKey; form?: MessageKey }

/** Where to go after signing in: `next` when it is a path of this site, else the realm's home. */
export function returnPath(realm: Realm, url: URL, next: unknown) {
  return safeReturnPath(next, localePath(langFromPath(url.pathname), realm.home))
}

/** Loader of a sign-in or registration page: { next }, or straight there when already signed in. */
export async function signedOutPage(realm: Realm, { request, url }: Args) {
  const next = returnPath(realm, url, url.searchParams.get("next"))
  const session = await getSession(request)
  if (session.get(realm.tokenKey)) throw redirect(next)
  return data({ next }, { headers: privateNoStore })
}

/** Action of a sign-in page: 400 naming an empty or malformed field, 401 on a wrong password. */
export async function signInAction(realm: Realm, { request, url }: Args) {
  const form = await request.formData()
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
  const password = String(form.get("password") ?? "")
  const next = returnPath(realm, url, form.get("next"))
  const errors: SignInErrors = {}
  if (!email) errors.email = "error.required"
  else if (!isEmail(email)) errors.email = "error.email.invalid"
  if (!password) errors.password = "error.required"
  if (Object.keys(errors).length) return data({ errors, email }, { status: 400, headers: privateNoStore })

  const session = await getSession(request)
  const result = await realm.signIn(session, email, password, request)
  if (!result.ok) {
    const status = result.key === "error.login.rate_limited" ? 429 : 401
    return data({ errors: { [result.field]: result.key } as SignInErrors, email }, { status, headers: privateNoStore })
  }
  session.flash("flash", { kind: "success", key: realm.signedInKey })
  return redirect(next, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

/**
 * The checks every registration form makes on its contact fields: e-mail (required, well
 * formed), phone (a Vietnamese number when given, returned normalized), password (the policy).
 */
export function contactErrors(values: { email: string; phone: string; password: string }, phoneRequired = false) {
  const errors: Partial<Record<"email" | "phone" | "password", MessageKey>> = {}
  if (!values.email) errors.email = "error.required"
  else if (!isEmail(values.email)) errors.email = "error.email.invalid"
  const phone = values.phone ? normalizeVietnamesePhone(values.phone) : null
  if (!values.phone && phoneRequired) errors.phone = "error.required"
  else if (values.phone && !phone) errors.phone = "error.phone.invalid"
  const passwordError = validatePassword(values.password)
  if (passwordError) errors.password = passwordError
  return { errors, phone }
}
