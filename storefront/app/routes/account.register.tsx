import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/account.register"
import { NewPasswordField, Notice, TextField } from "../components/ui"
import { useT, type MessageKey } from "../i18n"
import { register } from "../lib/customer.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { commitSession, getSession } from "../lib/session.server"
import { contactErrors, CUSTOMER, returnPath, signedOutPage } from "../lib/sign-in.server"
import { splitVietnameseName } from "../lib/validation"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("account.register")

export const loader = (args: Route.LoaderArgs) => signedOutPage(CUSTOMER, args)

type Field = "full_name" | "email" | "phone" | "password" | "form"
type Errors = Partial<Record<Field, MessageKey>>

export async function action({ request, url }: Route.ActionArgs) {
  const form = await request.formData()
  const values = {
    fullName: String(form.get("full_name") ?? "")
      .trim()
      .replace(/\s+/g, " ")
      .slice(0, 120),
    email: String(form.get("email") ?? "")
      .trim()
      .toLowerCase(),
    phone: String(form.get("phone") ?? "").trim(),
  }
  const password = String(form.get("password") ?? "")
  const next = returnPath(CUSTOMER, url, form.get("next"))
  const { errors: contact, phone } = contactErrors({ ...values, password })
  const errors: Errors = { ...contact }
  if (!values.fullName) errors.full_name = "error.required"
  else if (/[<>{}\d]/.test(values.fullName)) errors.full_name = "error.name.invalid"
  if (Object.keys(errors).length) return data({ errors, values }, { status: 400, headers: privateNoStore })

  const session = await getSession(request)
  const { first_name, last_name } = splitVietnameseName(values.fullName)
  const result = await register(
    session,
    {
      email: values.email,
      password,
      firstName: first_name,
      lastName: last_name,
      phone,
    },
    request,
  )
  if (!result.ok) {
    return data({ errors: { [result.field]: result.key } as Errors, values }, { status: 400, headers: privateNoStore })
  }
  session.flash("flash", { kind: "success", key: "account.registered" })
  return redirect(next, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

export default function Register({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  const navigation = useNavigation()
  const errors: Errors = actionData?.errors ?? {}
  const values = actionData?.values
  return (
    <div className="narrow">
      <h1>{t("account.register")}</h1>
      {errors.form ? <Notice kind="error">{t(errors.form)}</Notice> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="next" value={loaderData.next} />
        <TextField
          name="full_name"
          label={t("address.full_name")}
          autoComplete="name"
          required
          defaultValue={values?.fullName}
          error={errors.full_name}
        />
        <TextField
          name="email"
          type="email"
          label={t("checkout.email")}
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={values?.email}
          error={errors.email}
        />
        <TextField
          name="phone"
          type="tel"
          label={t("account.phone_optional")}
          hint={t("address.phone_hint")}
          autoComplete="tel"
          inputMode="tel"
          defaultValue={values?.phone}
          error={errors.phone}
        />
        <NewPasswordField error={errors.password} />
        <button type="submit" className="button primary block" disabled={navigation.state === "submitting"}>
          {t("account.register")}
        </button>
      </Form>
      <p>
        {t("account.have_account")}{" "}
        <Link to={`${href("/account/login")}?next=${encodeURIComponent(loaderData.next)}`}>{t("account.sign_in")}</Link>
      </p>
    </div>
  )
}
