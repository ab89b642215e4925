import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/account.addresses"
import { RowAction } from "../components/ui"
import { AddressFields } from "../components/AddressFields"
import { langFromPath, localePath, useT } from "../i18n"
import { requireCustomer } from "../lib/customer.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { authHeaders, sdk } from "../lib/medusa.server"
import { commitSession } from "../lib/session.server"
import {
  formatVietnamesePhone,
  joinVietnameseName,
  readAddress,
  toMedusaAddress,
  validateAddress,
} from "../lib/validation"
import { privatePageMeta } from "../lib/seo"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export const meta = privatePageMeta("account.addresses")

export async function loader({ request, url }: Route.LoaderArgs) {
  const { customer } = await requireCustomer(request, url, langFromPath(url.pathname))
  return data(
    {
      addresses: (customer.addresses ?? []).map((a) => ({
        id: a.id,
        name: joinVietnameseName(a),
        phone: formatVietnamesePhone(a.phone),
        lines: [a.address_1, a.city, a.province].filter(Boolean).join(", "),
      })),
    },
    { headers: privateNoStore },
  )
}

export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { session, token } = await requireCustomer(request, url, lang)
  const form = await request.formData()
  const intent = formIntent(form, ["create", "delete"])
  if (intent === "delete") {
    const id = String(form.get("address_id") ?? "")
    await sdk.store.customer.deleteAddress(id, authHeaders(token))
    session.flash("flash", { kind: "success", key: "account.address_deleted" })
    return redirect(localePath(lang, "/account/addresses"), {
      headers: { "Set-Cookie": await commitSession(request, session) },
    })
  }
  const input = readAddress(form)
  const result = validateAddress(input)
  if (!result.ok) return data({ errors: result.errors, values: input }, { status: 400, headers: privateNoStore })
  await sdk.store.customer.createAddress(toMedusaAddress(result.address), {}, authHeaders(token))
  session.flash("flash", { kind: "success", key: "account.address_saved" })
  return redirect(localePath(lang, "/account/addresses"), {
    headers: { "Set-Cookie": await commitSession(request, session) },
  })
}

export default function Addresses({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  return (
    <>
      <p>
        <Link to={href("/account")}>← {t("account.title")}</Link>
      </p>
      <h1>{t("account.addresses")}</h1>
      {loaderData.addresses.length ? (
        <ul className="address-list">
          {loaderData.addresses.map((a) => (
            <li key={a.id}>
              <p>
                <strong>{a.name}</strong> · {a.phone}
                <br />
                {a.lines}
              </p>
              <RowAction
                intent="delete"
                id={a.id}
                field="address_id"
                label={t("account.address_delete")}
                buttonClass="button small link"
                inline={false}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("account.no_addresses")}</p>
      )}
      <h2>{t("account.address_add")}</h2>
      <Form method="post" noValidate className="narrow">
        <input type="hidden" name="intent" value="create" />
        <AddressFields values={actionData?.values} errors={actionData?.errors} />
        <button type="submit" className="button primary">
          {t("account.address_save")}
        </button>
      </Form>
    </>
  )
}
