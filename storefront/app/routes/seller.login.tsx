import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/seller.login"
import { Notice, TextField } from "../components/ui"
import { langFromPath, localePath, translate, useT, type MessageKey } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { signInSeller } from "../lib/seller.server"
import { commitSession, getSession } from "../lib/session.server"
import { isEmail, safeReturnPath } from "../lib/validation"

export const headers = cacheHeaders

export function meta({ location }: Route.MetaArgs) {
  const lang = langFromPath(location.pathname)
  return [
    { title: `${translate(lang, "seller.sign_in")} — ${translate(lang, "site.name")}` },
    { name: "robots", content: "noindex" },
  ]
}

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const session = await getSession(request)
  const next = safeReturnPath(url.searchParams.get("next"), localePath(lang, "/seller"))
  if (session.get("sellerToken")) throw redirect(next)
  return data({ next }, { headers: privateNoStore })
}

type Errors = { email?: MessageKey; password?: MessageKey; form?: MessageKey }

export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const form = await request.formData()
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
  const password = String(form.get("password") ?? "")
  const next = safeReturnPath(form.get("next"), localePath(lang, "/seller"))
  const errors: Errors = {}
  if (!email) errors.email = "error.required"
  else if (!isEmail(email)) errors.email = "error.email.invalid"
  if (!password) errors.password = "error.required"
  if (Object.keys(errors).length) return data({ errors, email }, { status: 400, headers: privateNoStore })

  const session = await getSession(request)
  const result = await signInSeller(session, email, password)
  if (!result.ok) {
    return data({ errors: { [result.field]: result.key } as Errors, email }, { status: 401, headers: privateNoStore })
  }
  session.flash("flash", { kind: "success", key: "seller.signed_in" })
  return redirect(next, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

export default function SellerLogin({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  const navigation = useNavigation()
  const errors: Errors = actionData?.errors ?? {}
  return (
    <div className="narrow">
      <h1>{t("seller.sign_in")}</h1>
      {errors.form ? <Notice kind="error">{t(errors.form)}</Notice> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="next" value={loaderData.next} />
        <TextField
          name="email"
          type="email"
          label={t("checkout.email")}
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={actionData?.email}
          error={errors.email}
        />
        <TextField
          name="password"
          type="password"
          label={t("account.password")}
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <button type="submit" className="button primary block" disabled={navigation.state === "submitting"}>
          {t("seller.sign_in")}
        </button>
      </Form>
      <p>
        {t("seller.no_account")} <Link to={href("/seller/register")}>{t("seller.register")}</Link>
      </p>
    </div>
  )
}
