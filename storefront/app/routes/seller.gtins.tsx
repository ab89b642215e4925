import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/seller.gtins"
import { SellerNav } from "../components/SellerNav"
import { Notice, TextField } from "../components/ui"
import { langFromPath, useT, type MessageKey } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { requireSeller, sellerApi, sellerTradeItems } from "../lib/seller.server"
import { commitSession } from "../lib/session.server"
import { refusalTexts } from "../lib/refusals.server"
import { privatePageMeta } from "../lib/seo"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export const meta = privatePageMeta("seller.gtins")

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  return data(
    { sellerName: seller.legal_name, variants: await sellerTradeItems(lang, token) },
    { headers: privateNoStore },
  )
}

const DIGITS = /^[\d\s-]+$/

export async function action({ request, url }: Route.ActionArgs) {
  const { token, session } = await requireSeller(request, url, langFromPath(url.pathname))
  const form = await request.formData()
  const intent = formIntent(form, ["prefix", "gtin"])
  const variantId = String(form.get("variant_id") ?? "")
  const value = String(form.get(intent === "prefix" ? "company_prefix" : "gtin") ?? "").trim()
  const failed = (errors: MessageKey[], refusal: string[] = []) =>
    data({ intent, variantId, value, errors, refusal }, { status: 400, headers: privateNoStore })
  if (!value) return failed(["error.required"])
  if (!DIGITS.test(value))
    return failed([intent === "prefix" ? "seller.gtin_error.prefix_format" : "seller.gtin_error.format"])
  try {
    if (intent === "prefix")
      await sellerApi(token, "/sellers/me/trade-items/prefix", { method: "POST", body: { company_prefix: value } })
    else
      await sellerApi(token, "/sellers/me/trade-items", {
        method: "POST",
        body: { variant_id: variantId, gtin: value },
      })
  } catch (error) {
    // The field is marked; the notice says each broken rule with its facts.
    const wording = { fallback: "seller.gtin_error.generic", notFound: "seller.gtin_error.not_found" } as const
    return failed(["seller.gtin_error.generic"], refusalTexts(error, langFromPath(url.pathname), wording))
  }
  session.flash("flash", { kind: "success", key: intent === "prefix" ? "seller.gtins_generated" : "seller.gtin_saved" })
  return redirect(url.pathname, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

export default function SellerGtins({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  const busy = useNavigation().state === "submitting"
  const missing = loaderData.variants.filter((v) => !v.gtin14 && !v.is_service).length
  const errorsFor = (intent: string, variantId = "") =>
    actionData && actionData.intent === intent && (intent === "prefix" || actionData.variantId === variantId)
      ? actionData.errors
      : []
  const prefixErrors = errorsFor("prefix")
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("seller.gtins")}</h1>
      <p>{t("seller.gtins_intro")}</p>
      {actionData?.errors.length ? (
        <Notice kind="error">
          <span data-testid="gtin-refusal">
            {actionData.refusal.length
              ? actionData.refusal.join(" ")
              : actionData.errors.map((key) => t(key)).join(" ")}
          </span>
        </Notice>
      ) : null}

      <h2>{t("seller.gtin_prefix_title")}</h2>
      <p>{t("seller.gtin_prefix_help", { count: missing })}</p>
      <Form method="post" noValidate className="inline-form">
        <input type="hidden" name="intent" value="prefix" />
        <TextField
          name="company_prefix"
          label={t("seller.gtin_prefix")}
          inputMode="numeric"
          maxLength={20}
          defaultValue={actionData?.intent === "prefix" ? actionData.value : undefined}
          error={prefixErrors[0]}
        />
        <button type="submit" className="button primary" disabled={busy || missing === 0}>
          {t("seller.gtin_prefix_generate")}
        </button>
      </Form>

      <h2>{t("seller.gtin_per_variant")}</h2>
      {loaderData.variants.length ? (
        <table className="data-table" data-testid="gtins">
          <thead>
            <tr>
              <th scope="col">{t("seller.lot_product")}</th>
              <th scope="col">GTIN</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.variants.map((variant) => {
              const errors = errorsFor("gtin", variant.variant_id)
              const label = `${variant.product_title} — ${variant.variant_title}`
              return (
                <tr key={variant.variant_id} data-variant={variant.variant_id}>
                  <td>{label}</td>
                  <td>
                    {variant.gtin14 ? (
                      <span className="ids" data-gtin={variant.gtin14}>
                        {variant.gtin14}
                      </span>
                    ) : variant.is_service ? (
                      t("seller.gtin_service")
                    ) : (
                      <Form
                        method="post"
                        noValidate
                        className="inline-form"
                        aria-label={t("seller.gtin_for", { variant: label })}
                      >
                        <input type="hidden" name="intent" value="gtin" />
                        <input type="hidden" name="variant_id" value={variant.variant_id} />
                        <TextField
                          id={`gtin-${variant.variant_id}`}
                          name="gtin"
                          label={t("seller.gtin_label")}
                          inputMode="numeric"
                          maxLength={20}
                          defaultValue={errors.length ? actionData?.value : undefined}
                          error={errors[0]}
                        />
                        <button type="submit" className="button secondary" disabled={busy}>
                          {t("seller.gtin_save")}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <p>
          {t("seller.gtins_no_products")} <Link to={href("/seller/products")}>{t("seller.products")}</Link>
        </p>
      )}
      <p>
        <Link to={href("/seller/lots")}>{t("seller.gtins_to_lots")}</Link>
      </p>
    </>
  )
}
