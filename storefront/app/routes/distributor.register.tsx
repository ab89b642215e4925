import { data, Form, redirect } from "react-router"
import type { Route } from "./+types/distributor.register"
import { Notice, TextField } from "../components/ui"
import { ProvinceField } from "../components/AddressFields"
import { langFromPath, localePath, translate } from "../i18n"
import { translateWholesale, useWholesaleT, type WholesaleKey } from "../i18n/wholesale"
import { requireCustomer } from "../lib/customer.server"
import { getDistributor, refusalMessage, wholesaleApi } from "../lib/distributor.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"

export const headers = cacheHeaders

export function meta({ location }: Route.MetaArgs) {
  const lang = langFromPath(location.pathname)
  return [
    { title: `${translateWholesale(lang, "distributor.register")} — ${translate(lang, "site.name")}` },
    { name: "robots", content: "noindex" },
  ]
}

const FIELDS = [
  "name",
  "tax_code",
  "invoice_address",
  "address_1",
  "province",
  "contact_name",
  "contact_phone",
  "contact_email",
] as const
type Field = (typeof FIELDS)[number]

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, customer } = await requireCustomer(request, url, lang)
  // Already a member: the company page instead.
  if (await getDistributor(token)) throw redirect(localePath(lang, "/distributor"))
  return data({ email: customer.email }, { headers: privateNoStore })
}

export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { token } = await requireCustomer(request, url, lang)
  const form = await request.formData()
  const values = Object.fromEntries(FIELDS.map((field) => [field, String(form.get(field) ?? "").trim()])) as Record<
    Field,
    string
  >
  const missing = FIELDS.filter((field) => !values[field])
  if (missing.length) return data({ values, missing, message: null }, { status: 400, headers: privateNoStore })
  try {
    await wholesaleApi(token, "/store/distributors", {
      method: "POST",
      body: {
        name: values.name,
        tax_code: values.tax_code,
        invoice_address: values.invoice_address,
        delivery_addresses: [{ address_1: values.address_1, province: values.province }],
        contact_name: values.contact_name,
        contact_phone: values.contact_phone,
        contact_email: values.contact_email,
      },
    })
  } catch (error) {
    return data(
      { values, missing: [] as Field[], message: refusalMessage(error, lang) },
      { status: 400, headers: privateNoStore },
    )
  }
  throw redirect(localePath(lang, "/distributor"))
}

const LABELS: Record<Field, WholesaleKey> = {
  name: "distributor.name",
  tax_code: "distributor.tax_code",
  invoice_address: "distributor.invoice_address",
  address_1: "distributor.delivery_address",
  province: "distributor.province",
  contact_name: "distributor.contact_name",
  contact_phone: "distributor.contact_phone",
  contact_email: "distributor.contact_email",
}

export default function DistributorRegister({ loaderData, actionData }: Route.ComponentProps) {
  const w = useWholesaleT()
  const values: Partial<Record<Field, string>> = actionData?.values ?? { contact_email: loaderData.email ?? "" }
  // A field left empty: said under it, and it takes the focus after the submit (root.tsx).
  const missing = (field: Field) => Boolean(actionData?.missing?.includes(field))
  return (
    <>
      <h1>{w("distributor.register")}</h1>
      <p>{w("distributor.register_intro")}</p>
      {actionData?.message ? <Notice kind="error">{actionData.message}</Notice> : null}
      <Form method="post" className="narrow distributor-register" noValidate>
        {FIELDS.map((field) =>
          field === "province" ? (
            <ProvinceField
              key={field}
              label={w(LABELS[field])}
              defaultValue={values.province}
              error={missing(field) ? "error.required" : null}
            />
          ) : (
            <TextField
              key={field}
              name={field}
              label={w(LABELS[field])}
              required
              defaultValue={values[field] ?? ""}
              hint={field === "tax_code" ? w("distributor.tax_code_hint") : undefined}
              type={field === "contact_email" ? "email" : field === "contact_phone" ? "tel" : "text"}
              error={missing(field) ? "error.required" : null}
            />
          ),
        )}
        <button type="submit" className="button primary">
          {w("distributor.submit")}
        </button>
      </Form>
    </>
  )
}
