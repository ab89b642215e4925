import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/seller.lots"
import { SellerNav } from "../components/SellerNav"
import { FieldError, Notice, TextField } from "../components/ui"
import { formatDate, langFromPath, useT, type MessageKey } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { Pages } from "../components/Pages"
import { listPage, pageCount } from "../lib/list-page"
import { nameInLang } from "../lib/products"
import { requireSeller, sellerApi, sellerTradeItems } from "../lib/seller.server"
import { commitSession } from "../lib/session.server"
import { refusalTexts } from "../lib/refusals.server"
import { privatePageMeta } from "../lib/seo"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export const meta = privatePageMeta("seller.lots")

type Lot = {
  id: string
  gtin14: string
  lot_code: string
  production_date: string
  expiry_date: string | null
  quantity_produced: number
  product: { title: string; title_en: string | null } | null
  variant: { title: string; title_en: string | null } | null
}

/** The steps a producer records on its own lots (EPCIS business steps, as the trace page names them). */
const EVENT_STEPS = ["commissioning", "inspecting", "packing", "storing", "shipping"] as const

type Field =
  | "variant_id"
  | "lot_code"
  | "production_date"
  | "expiry_date"
  | "quantity_produced"
  | "origin_area"
  | "biz_step"
  | "event_time"
type Errors = Partial<Record<Field, MessageKey>>
type Values = Partial<Record<Field, string>>

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

const PAGE_SIZE = 20

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  const { page, limit, offset } = listPage(url, PAGE_SIZE)
  const [{ lots, count }, all] = await Promise.all([
    sellerApi<{ lots: Lot[]; count: number }>(token, `/sellers/me/lots?limit=${limit}&offset=${offset}`),
    sellerTradeItems(lang, token),
  ])
  // Only a variant with a GTIN can have lots; the others are sent to the GTINs page.
  const variants = all
    .filter((v) => v.gtin14)
    .map((v) => ({ id: v.variant_id, label: `${v.product_title} — ${v.variant_title} (GTIN ${v.gtin14})` }))
  const withoutGtin = all.filter((v) => !v.gtin14 && !v.is_service).length
  return data(
    {
      sellerName: seller.legal_name,
      // Each lot's product and variant by their names in the page's language.
      lots: lots.map((lot) => ({
        ...lot,
        product: lot.product && { ...lot.product, title: nameInLang(lang, lot.product.title, lot.product) },
        variant: lot.variant && { ...lot.variant, title: nameInLang(lang, lot.variant.title, lot.variant) },
      })),
      page,
      pages: pageCount(count, limit),
      variants,
      withoutGtin,
    },
    { headers: privateNoStore },
  )
}

function lotBody(form: FormData): { values: Values; errors: Errors; body: Record<string, unknown> } {
  const values = Object.fromEntries(
    (["variant_id", "lot_code", "production_date", "expiry_date", "quantity_produced", "origin_area"] as const).map(
      (f) => [f, String(form.get(f) ?? "").trim()],
    ),
  ) as Values
  const errors: Errors = {}
  for (const field of ["variant_id", "lot_code", "origin_area"] as const)
    if (!values[field]) errors[field] = "error.required"
  if (!DATE.test(values.production_date ?? "")) errors.production_date = "error.date.invalid"
  if (values.expiry_date && !DATE.test(values.expiry_date)) errors.expiry_date = "error.date.invalid"
  const quantity = Number(values.quantity_produced)
  if (!Number.isInteger(quantity) || quantity <= 0) errors.quantity_produced = "error.quantity.min"
  const body = {
    variant_id: values.variant_id,
    lot_code: values.lot_code,
    production_date: values.production_date,
    expiry_date: values.expiry_date || null,
    quantity_produced: quantity,
    origin_area: values.origin_area,
  }
  return { values, errors, body }
}

function eventBody(form: FormData): { values: Values; errors: Errors; body: Record<string, unknown> } {
  const values: Values = {
    biz_step: String(form.get("biz_step") ?? ""),
    event_time: String(form.get("event_time") ?? ""),
  }
  const errors: Errors = {}
  if (!(EVENT_STEPS as readonly string[]).includes(values.biz_step!)) errors.biz_step = "error.required"
  if (!DATE_TIME.test(values.event_time!)) errors.event_time = "error.date.invalid"
  const place = String(form.get("place") ?? "").trim()
  // The form's time is the producer's wall clock: Vietnam time.
  const body = {
    biz_step: values.biz_step,
    event_time: `${values.event_time}:00+07:00`,
    event_time_zone_offset: "+07:00",
    ...(place ? { biz_location: { name: place } } : {}),
  }
  return { values, errors, body }
}

export async function action({ request, url }: Route.ActionArgs) {
  const { token, session } = await requireSeller(request, url, langFromPath(url.pathname))
  const form = await request.formData()
  const lotId = String(form.get("lot_id") ?? "")
  const isEvent = formIntent(form, ["lot", "event"]) === "event"
  const { values, errors, body } = isEvent ? eventBody(form) : lotBody(form)
  const failed = (status: number, reasons: string[] | null) =>
    data({ errors, values, refusal: reasons, lotId: isEvent ? lotId : null }, { status, headers: privateNoStore })
  if (Object.keys(errors).length) return failed(400, null)
  try {
    const path = isEvent ? `/sellers/me/lots/${encodeURIComponent(lotId)}/events` : "/sellers/me/lots"
    await sellerApi(token, path, { method: "POST", body })
  } catch (error) {
    return failed(
      400,
      refusalTexts(error, langFromPath(url.pathname), {
        fallback: "seller.lot_error.generic",
        notFound: "seller.gtin_error.not_found",
      }),
    )
  }
  session.flash("flash", { kind: "success", key: isEvent ? "seller.lot_event_recorded" : "seller.lot_created" })
  // A new lot is on the first page; an event's lot stays on the page it was recorded from.
  return redirect(isEvent ? url.pathname + url.search : url.pathname, {
    headers: { "Set-Cookie": await commitSession(request, session) },
  })
}

export default function SellerLots({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang, href } = useT()
  const busy = useNavigation().state === "submitting"
  const lotErrors = actionData && !actionData.lotId ? actionData.errors : {}
  const lotValues = actionData && !actionData.lotId ? actionData.values : {}
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("seller.lots")}</h1>
      <p>{t("seller.lots_intro")}</p>
      {actionData?.refusal ? (
        <Notice kind="error">
          <span data-testid="lot-refusal">{actionData.refusal.join(" ")}</span>
        </Notice>
      ) : null}
      {loaderData.lots.length ? (
        <table className="data-table" data-testid="lots">
          <thead>
            <tr>
              <th scope="col">{t("seller.lot_code")}</th>
              <th scope="col">{t("seller.lot_product")}</th>
              <th scope="col">{t("seller.lot_production_date")}</th>
              <th scope="col">{t("seller.lot_quantity")}</th>
              <th scope="col">{t("seller.lot_event")}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.lots.map((lot) => {
              const mine = actionData?.lotId === lot.id
              const errors = mine ? actionData.errors : {}
              return (
                <tr key={lot.id}>
                  <td>
                    <Link to={href(`/01/${lot.gtin14}/10/${encodeURIComponent(lot.lot_code)}`)}>{lot.lot_code}</Link>
                  </td>
                  <td>
                    {lot.product?.title} — {lot.variant?.title}
                  </td>
                  <td>{formatDate(lot.production_date, lang)}</td>
                  <td>{lot.quantity_produced}</td>
                  <td>
                    <Form
                      method="post"
                      noValidate
                      className="inline-form"
                      aria-label={t("seller.lot_event_for", { lot: lot.lot_code })}
                    >
                      <input type="hidden" name="intent" value="event" />
                      <input type="hidden" name="lot_id" value={lot.id} />
                      <label className="visually-hidden" htmlFor={`step-${lot.id}`}>
                        {t("seller.lot_event_step")}
                      </label>
                      <select
                        id={`step-${lot.id}`}
                        name="biz_step"
                        defaultValue={mine ? actionData.values.biz_step : "packing"}
                      >
                        {EVENT_STEPS.map((step) => (
                          <option key={step} value={step}>
                            {t(`seller.lot_step.${step}`)}
                          </option>
                        ))}
                      </select>
                      <label className="visually-hidden" htmlFor={`time-${lot.id}`}>
                        {t("seller.lot_event_time")}
                      </label>
                      <input
                        id={`time-${lot.id}`}
                        name="event_time"
                        type="datetime-local"
                        required
                        defaultValue={mine ? actionData.values.event_time : undefined}
                        aria-invalid={errors.event_time ? true : undefined}
                      />
                      <label className="visually-hidden" htmlFor={`place-${lot.id}`}>
                        {t("seller.lot_event_place")}
                      </label>
                      <input id={`place-${lot.id}`} name="place" placeholder={t("seller.lot_event_place")} />
                      <button type="submit" className="button secondary" disabled={busy}>
                        {t("seller.lot_event_record")}
                      </button>
                      <FieldError id={`time-${lot.id}-error`} error={errors.event_time ?? errors.biz_step} />
                    </Form>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <p>{t("seller.lots_none")}</p>
      )}
      <Pages page={loaderData.page} pages={loaderData.pages} />

      <h2>{t("seller.lot_new")}</h2>
      {loaderData.withoutGtin ? (
        <p>
          {t("seller.lot_needs_gtin")} <Link to={href("/seller/gtins")}>{t("seller.gtins")}</Link>
        </p>
      ) : null}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="lot" />
        <div className={lotErrors.variant_id ? "field has-error" : "field"}>
          <label htmlFor="f-variant_id">{t("seller.lot_product")}</label>
          <select id="f-variant_id" name="variant_id" defaultValue={lotValues.variant_id}>
            {loaderData.variants.map((variant) => (
              <option key={variant.id} value={variant.id}>
                {variant.label}
              </option>
            ))}
          </select>
          <FieldError id="f-variant_id-error" error={lotErrors.variant_id} />
        </div>
        <TextField
          name="lot_code"
          label={t("seller.lot_code")}
          required
          defaultValue={lotValues.lot_code}
          error={lotErrors.lot_code}
        />
        <TextField
          name="production_date"
          type="date"
          label={t("seller.lot_production_date")}
          required
          defaultValue={lotValues.production_date}
          error={lotErrors.production_date}
        />
        <TextField
          name="expiry_date"
          type="date"
          label={t("seller.lot_expiry_date")}
          defaultValue={lotValues.expiry_date}
          error={lotErrors.expiry_date}
        />
        <TextField
          name="quantity_produced"
          type="number"
          label={t("seller.lot_quantity")}
          required
          defaultValue={lotValues.quantity_produced}
          error={lotErrors.quantity_produced}
        />
        <TextField
          name="origin_area"
          label={t("seller.lot_origin")}
          required
          defaultValue={lotValues.origin_area}
          error={lotErrors.origin_area}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {t("seller.lot_create")}
        </button>
      </Form>
    </>
  )
}
