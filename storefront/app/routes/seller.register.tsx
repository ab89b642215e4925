import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/seller.register"
import { ProvinceField } from "../components/AddressFields"
import { SellerDocumentsField } from "../components/SellerDocumentsField"
import { FieldError, NewPasswordField, Notice, TextField } from "../components/ui"
import { langFromPath, localePath, useT, type MessageKey } from "../i18n"
import { isTaxCode, PROVINCES_SORTED, type TaxCodeHolder } from "@ocop/reference"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { chosenFiles, registerSeller } from "../lib/seller.server"
import { commitSession, getSession } from "../lib/session.server"
import { contactErrors, SELLER, signedOutPage } from "../lib/sign-in.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("seller.register")

const SELLER_TYPES = ["cooperative", "cooperative_group", "enterprise", "household_business"] as const

const TEXT_FIELDS = [
  "legal_name",
  "type",
  "tax_code",
  "email",
  "phone",
  "address_1",
  "province",
  "bank_name",
  "account_number",
  "account_holder",
  "story",
] as const
type Field = (typeof TEXT_FIELDS)[number] | "password" | "form"
type Errors = Partial<Record<Field, MessageKey>>

export const loader = (args: Route.LoaderArgs) => signedOutPage(SELLER, args)

export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const form = await request.formData()
  const values = Object.fromEntries(
    TEXT_FIELDS.map((field) => [
      field,
      String(form.get(field) ?? "")
        .trim()
        .replace(/\s+/g, " "),
    ]),
  ) as Record<(typeof TEXT_FIELDS)[number], string>
  values.email = values.email.toLowerCase()
  const password = String(form.get("password") ?? "")
  const errors: Errors = {}
  for (const field of TEXT_FIELDS) {
    if (!values[field] && field !== "story") errors[field] = "error.required"
  }
  if (values.tax_code && !isTaxCode(values.tax_code, values.type as TaxCodeHolder))
    errors.tax_code = "error.tax_code.invalid"
  if (values.type && !(SELLER_TYPES as readonly string[]).includes(values.type)) errors.type = "error.required"
  const province = PROVINCES_SORTED.find((p) => p.name === values.province)
  if (values.province && !province) errors.province = "error.province.invalid"
  const { errors: contact, phone } = contactErrors({ ...values, password }, true)
  Object.assign(errors, contact)
  if (Object.keys(errors).length)
    return data({ errors, values, refusal: null }, { status: 400, headers: privateNoStore })

  const session = await getSession(request)
  const result = await registerSeller(
    session,
    {
      email: values.email,
      password,
      legal_name: values.legal_name,
      type: values.type,
      tax_code: values.tax_code,
      phone: phone!,
      address: { address_1: values.address_1, province_code: province!.name },
      bank_account: {
        bank_name: values.bank_name,
        account_number: values.account_number,
        account_holder: values.account_holder,
      },
      story: values.story || undefined,
    },
    chosenFiles(form, "documents"),
    lang,
    request,
  )
  if (!result.ok) {
    const refusal = result.field === "backend" ? result.message : null
    const fieldErrors = result.field === "backend" ? {} : { [result.field]: result.key }
    return data({ errors: fieldErrors as Errors, values, refusal }, { status: 400, headers: privateNoStore })
  }
  session.flash(
    "flash",
    result.documentsRefused
      ? { kind: "error", key: "seller.documents_refused", params: { reason: result.documentsRefused } }
      : { kind: "success", key: "seller.registered" },
  )
  return redirect(localePath(lang, "/seller/pending"), {
    headers: { "Set-Cookie": await commitSession(request, session) },
  })
}

export default function SellerRegister({ actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  const navigation = useNavigation()
  const errors: Errors = actionData?.errors ?? {}
  const values = actionData?.values
  const field = (
    name: (typeof TEXT_FIELDS)[number],
    label: string,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => <TextField name={name} label={label} required defaultValue={values?.[name]} error={errors[name]} {...extra} />
  return (
    <div className="narrow">
      <h1>{t("seller.register")}</h1>
      <p>{t("seller.register_intro")}</p>
      {actionData?.refusal ? (
        <Notice kind="error">{t("error.seller.failed", { reason: actionData.refusal })}</Notice>
      ) : null}
      {errors.form ? <Notice kind="error">{t(errors.form)}</Notice> : null}
      <Form method="post" encType="multipart/form-data" noValidate>
        {field("legal_name", t("seller.legal_name"), { autoComplete: "organization" })}
        <div className={errors.type ? "field has-error" : "field"}>
          <label htmlFor="f-type">
            {t("seller.type")}
            <span aria-hidden="true"> *</span>
          </label>
          <select id="f-type" name="type" required defaultValue={values?.type ?? "cooperative"}>
            {SELLER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`seller.type.${type}`)}
              </option>
            ))}
          </select>
          <FieldError id="f-type-error" error={errors.type} />
        </div>
        {field("tax_code", t("seller.tax_code"), { hint: t("seller.tax_code_hint"), inputMode: "numeric" })}
        {field("email", t("checkout.email"), { type: "email", autoComplete: "email", inputMode: "email" })}
        {field("phone", t("seller.phone"), {
          type: "tel",
          autoComplete: "tel",
          inputMode: "tel",
          hint: t("address.phone_hint"),
        })}
        {field("address_1", t("seller.address"), { autoComplete: "street-address" })}
        <ProvinceField label={t("address.province")} defaultValue={values?.province} error={errors.province} />
        {field("bank_name", t("seller.bank_name"))}
        {field("account_number", t("seller.account_number"), { inputMode: "numeric" })}
        {field("account_holder", t("seller.account_holder"))}
        <TextField name="story" label={t("seller.story")} rows={4} defaultValue={values?.story} />
        <SellerDocumentsField />
        <NewPasswordField error={errors.password} />
        <button type="submit" className="button primary block" disabled={navigation.state === "submitting"}>
          {t("seller.register")}
        </button>
      </Form>
      <p>
        {t("account.have_account")} <Link to={href("/seller/login")}>{t("seller.sign_in")}</Link>
      </p>
    </div>
  )
}
