import { data, Form, Link } from "react-router"
import type { Route } from "./+types/seller.product-wholesale"
import { SellerNav } from "../components/SellerNav"
import { Notice } from "../components/ui"
import { langFromPath, translate, useT } from "../i18n"
import { translateWholesale, useWholesaleT } from "../i18n/wholesale"
import { refusalMessage } from "../lib/distributor.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { isNotFound } from "../lib/medusa.server"
import { namesIn } from "../lib/products.server"
import { ownProductNames, requireSeller, sellerApi } from "../lib/seller.server"

export const headers = cacheHeaders

export function meta({ location }: Route.MetaArgs) {
  const lang = langFromPath(location.pathname)
  return [
    { title: `${translateWholesale(lang, "seller.wholesale")} — ${translate(lang, "seller.portal")}` },
    { name: "robots", content: "noindex" },
  ]
}

type Tier = { min_quantity: number; max_quantity: number | null; amount: number }
type Terms = { moq: number; variants: { variant_id: string; sku: string | null; title: string; tiers: Tier[] }[] }

const TIER_ROWS = 3

async function loadTerms(token: string, id: string) {
  try {
    return (await sellerApi<{ wholesale: Terms }>(token, `/sellers/me/products/${encodeURIComponent(id)}/wholesale`))
      .wholesale
  } catch (error) {
    if (isNotFound(error)) throw data(null, { status: 404 })
    throw error
  }
}

export async function loader({ request, url, params }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  const [terms, names] = await Promise.all([
    loadTerms(token, params.id),
    namesIn(lang, [params.id], ownProductNames(token)),
  ])
  return data(
    {
      sellerName: seller.legal_name,
      // Each variant by its name in the page's language.
      terms: {
        ...terms,
        variants: terms.variants.map((v) => ({ ...v, title: names.variant(params.id, v.variant_id, v.title) })),
      },
    },
    { headers: privateNoStore },
  )
}

const whole = (value: FormDataEntryValue | null) => String(value ?? "").replace(/[.\s,₫đ]/g, "")

/** Each variant's tier rows (empty rows skipped); a number field left empty is sent as null and refused by the API with its name. */
export async function action({ request, url, params }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { token } = await requireSeller(request, url, lang)
  const form = await request.formData()
  const terms = await loadTerms(token, params.id)
  const variants = terms.variants
    .map((variant) => ({
      variant_id: variant.variant_id,
      tiers: Array.from({ length: TIER_ROWS }, (_, t) => ({
        min: whole(form.get(`${variant.variant_id}.${t}.min`)),
        max: whole(form.get(`${variant.variant_id}.${t}.max`)),
        price: whole(form.get(`${variant.variant_id}.${t}.price`)),
      }))
        .filter((tier) => tier.min || tier.price)
        .map((tier) => ({
          min_quantity: Number(tier.min),
          max_quantity: tier.max ? Number(tier.max) : null,
          amount: Number(tier.price),
        })),
    }))
    .filter((variant) => variant.tiers.length)
  try {
    const { wholesale } = await sellerApi<{ wholesale: Terms }>(
      token,
      `/sellers/me/products/${encodeURIComponent(params.id)}/wholesale`,
      {
        method: "POST",
        body: { moq: Number(whole(form.get("moq"))), variants },
      },
    )
    return data({ saved: true, message: null, terms: wholesale }, { headers: privateNoStore })
  } catch (error) {
    return data(
      { saved: false, message: refusalMessage(error, lang), terms: null },
      { status: 400, headers: privateNoStore },
    )
  }
}

export default function SellerProductWholesale({ loaderData, actionData, params }: Route.ComponentProps) {
  const w = useWholesaleT()
  const { href } = useT()
  const terms = actionData?.terms ?? loaderData.terms
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <p>
        <Link to={href(`/seller/products/${params.id}`)}>←</Link>
      </p>
      <h1>{w("seller.wholesale")}</h1>
      <p>{w("seller.wholesale_intro")}</p>
      {actionData?.saved ? <Notice kind="success">{w("seller.wholesale_saved")}</Notice> : null}
      {actionData?.message ? <Notice kind="error">{actionData.message}</Notice> : null}
      <Form method="post" className="wholesale-form" noValidate>
        <div className="field">
          <label htmlFor="f-moq">{w("seller.moq")}</label>
          <input id="f-moq" name="moq" inputMode="numeric" defaultValue={String(terms.moq)} required />
        </div>
        {terms.variants.map((variant) => (
          <fieldset key={variant.variant_id}>
            <legend>
              {variant.title} {variant.sku ? `(${variant.sku})` : ""}
            </legend>
            <table>
              <thead>
                <tr>
                  <th>{w("seller.tier_from")}</th>
                  <th>{w("seller.tier_to")}</th>
                  <th>{w("seller.tier_price")}</th>
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: TIER_ROWS }, (_, t) => {
                  const tier = variant.tiers[t]
                  const label = `${variant.sku ?? variant.title} ${t + 1}`
                  return (
                    <tr key={t}>
                      <td>
                        <input
                          name={`${variant.variant_id}.${t}.min`}
                          aria-label={`${w("seller.tier_from")} ${label}`}
                          inputMode="numeric"
                          defaultValue={tier ? String(tier.min_quantity) : ""}
                        />
                      </td>
                      <td>
                        <input
                          name={`${variant.variant_id}.${t}.max`}
                          aria-label={`${w("seller.tier_to")} ${label}`}
                          inputMode="numeric"
                          defaultValue={tier?.max_quantity != null ? String(tier.max_quantity) : ""}
                        />
                      </td>
                      <td>
                        <input
                          name={`${variant.variant_id}.${t}.price`}
                          aria-label={`${w("seller.tier_price")} ${label}`}
                          inputMode="numeric"
                          defaultValue={tier ? String(tier.amount) : ""}
                        />
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </fieldset>
        ))}
        <button type="submit" className="button primary">
          {w("seller.wholesale_save")}
        </button>
      </Form>
    </>
  )
}
