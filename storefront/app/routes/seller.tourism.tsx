import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/seller.tourism"
import { SellerNav } from "../components/SellerNav"
import { FieldError, Notice, TextField } from "../components/ui"
import { formatDate, langFromPath, useT, type MessageKey, type Params } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { refusalKeys } from "../lib/refusals.server"
import { namesIn } from "../lib/products.server"
import { ownProductNames, requireSeller } from "../lib/seller.server"
import { commitSession } from "../lib/session.server"
import { checkIn, openSlot, sellerTourism, type TourismBooking } from "../lib/tourism.server"
import { privatePageMeta } from "../lib/seo"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export const meta = privatePageMeta("tourism.seller.title")

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  const tourism = await sellerTourism(token)
  // Services and slots by their names in the page's language.
  const names = await namesIn(
    lang,
    tourism.services.map((service) => service.id),
    ownProductNames(token),
  )
  return data(
    {
      sellerName: seller.legal_name,
      services: tourism.services.flatMap((service) =>
        service.variants.map((variant) => ({
          id: variant.id,
          label: `${names.product(service.id, service.title)} — ${names.variant(service.id, variant.id, variant.title)}`,
        })),
      ),
      slots: tourism.slots.map((slot) => ({
        ...slot,
        product_title: names.product(slot.product_id, slot.product_title),
        variant_title: names.variant(slot.product_id, slot.variant_id, slot.variant_title),
      })),
      // A QR code scanned with a phone opens this page with the code filled in.
      code: url.searchParams.get("code") ?? "",
    },
    { headers: privateNoStore },
  )
}

type Field = "variant_id" | "date" | "time" | "capacity" | "code"
type Errors = Partial<Record<Field, MessageKey>>

type CheckInOutcome = {
  ok: boolean
  key: MessageKey
  params?: Params
  booking: TourismBooking | null
}

export async function action({ request, url }: Route.ActionArgs) {
  const { token, session } = await requireSeller(request, url, langFromPath(url.pathname))
  const form = await request.formData()
  const get = (name: string) => String(form.get(name) ?? "").trim()
  if (formIntent(form, ["check_in", "open_slot"]) === "check_in") {
    const code = get("code")
    if (!code) return data({ errors: { code: "error.required" } as Errors, values: { code }, checkIn: null }, 400)
    const result = await checkIn(token, code)
    const outcome: CheckInOutcome = result.ok
      ? { ok: true, key: "tourism.checkin.ok", booking: result.booking }
      : {
          ok: false,
          key:
            result.code === "voucher_used"
              ? "tourism.error.voucher_used"
              : result.code === "booking_cancelled"
                ? "tourism.error.booking_cancelled"
                : "tourism.error.voucher_invalid",
          booking: result.booking,
        }
    return data({ errors: {} as Errors, values: { code }, checkIn: outcome }, { headers: privateNoStore })
  }
  const values = { variant_id: get("variant_id"), date: get("date"), time: get("time"), capacity: get("capacity") }
  const errors: Errors = {}
  if (!values.variant_id) errors.variant_id = "tourism.error.service"
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = "error.date.invalid"
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(values.time)) errors.time = "tourism.error.time"
  const capacity = Number(values.capacity)
  if (!Number.isInteger(capacity) || capacity < 1) errors.capacity = "tourism.error.capacity"
  const failed = (refusal: MessageKey[] | null) =>
    data({ errors, values, refusal, checkIn: null }, { status: 400, headers: privateNoStore })
  if (Object.keys(errors).length) return failed(null)
  try {
    await openSlot(token, { variant_id: values.variant_id, date: values.date, time: values.time, capacity })
  } catch (error) {
    return failed(refusalKeys(error, { fallback: "refusal.generic" }))
  }
  session.flash("flash", { kind: "success", key: "tourism.seller.created" })
  return redirect(url.pathname, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

export default function SellerTourism({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang, href } = useT()
  const busy = useNavigation().state === "submitting"
  const errors: Errors = actionData?.errors ?? {}
  const values = (actionData?.values ?? {}) as Partial<Record<Field, string>>
  const outcome = actionData?.checkIn ?? null
  const refusal = actionData && "refusal" in actionData ? actionData.refusal : null
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("tourism.seller.title")}</h1>
      <p>{t("tourism.seller.intro")}</p>

      <section aria-labelledby="checkin-heading">
        <h2 id="checkin-heading">{t("tourism.checkin.title")}</h2>
        {outcome ? (
          <Notice kind={outcome.ok ? "success" : "error"}>
            <span data-testid="check-in-result">
              {t(outcome.key, outcome.params)}
              {outcome.booking ? (
                <>
                  {" "}
                  {t("tourism.checkin.booking", {
                    persons: outcome.booking.quantity,
                    title: (lang === "en" && outcome.booking.product_title_en) || outcome.booking.product_title || "",
                    date: formatDate(outcome.booking.starts_at, lang, true),
                    order: outcome.booking.order_display_id ?? "",
                  })}
                  {!outcome.ok && outcome.booking.used_at
                    ? ` (${t("tourism.voucher.used", { time: formatDate(outcome.booking.used_at, lang, true) })})`
                    : ""}
                </>
              ) : null}
            </span>
          </Notice>
        ) : null}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="check_in" />
          <TextField
            name="code"
            label={t("tourism.checkin.code")}
            defaultValue={values.code ?? loaderData.code}
            error={errors.code}
            maxLength={200}
            autoComplete="off"
          />
          <button type="submit" className="button primary" disabled={busy}>
            {t("tourism.checkin.submit")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="slots-heading">
        <h2 id="slots-heading">{t("tourism.seller.bookings")}</h2>
        {loaderData.slots.length ? (
          <table className="data-table" data-testid="tourism-slots">
            <thead>
              <tr>
                <th scope="col">{t("tourism.seller.when")}</th>
                <th scope="col">{t("tourism.seller.service")}</th>
                <th scope="col">{t("tourism.seller.capacity")}</th>
                <th scope="col">{t("tourism.seller.booked")}</th>
                <th scope="col">{t("tourism.seller.left")}</th>
                <th scope="col">{t("tourism.seller.state")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.slots.map((slot) => (
                <tr key={slot.id}>
                  <td>
                    <Link to={href(`/seller/tourism/slots/${slot.id}`)}>{formatDate(slot.starts_at, lang, true)}</Link>
                  </td>
                  <td>
                    {slot.product_title}
                    {slot.variant_title ? ` — ${slot.variant_title}` : ""}
                  </td>
                  <td>{slot.capacity}</td>
                  <td>{slot.booked}</td>
                  <td>{slot.left}</td>
                  <td>
                    {slot.closed
                      ? t("tourism.slot.closed")
                      : slot.left > 0
                        ? t("tourism.seller.open")
                        : t("tourism.slot.full")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("tourism.seller.no_slots")}</p>
        )}
      </section>

      <section aria-labelledby="new-slot-heading">
        <h2 id="new-slot-heading">{t("tourism.seller.new")}</h2>
        {refusal ? (
          <Notice kind="error">
            <span data-testid="slot-refusal">{refusal.map((key) => t(key)).join(" ")}</span>
          </Notice>
        ) : null}
        {loaderData.services.length ? (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="open_slot" />
            <div className={errors.variant_id ? "field has-error" : "field"}>
              <label htmlFor="f-variant_id">{t("tourism.seller.service")}</label>
              <select
                id="f-variant_id"
                name="variant_id"
                defaultValue={values.variant_id ?? loaderData.services[0].id}
                aria-invalid={errors.variant_id ? true : undefined}
                aria-describedby={errors.variant_id ? "f-variant_id-error" : undefined}
              >
                {loaderData.services.map((service) => (
                  <option key={service.id} value={service.id}>
                    {service.label}
                  </option>
                ))}
              </select>
              <FieldError id="f-variant_id-error" error={errors.variant_id} />
            </div>
            <TextField
              name="date"
              type="date"
              label={t("tourism.seller.date")}
              defaultValue={values.date}
              error={errors.date}
            />
            <TextField
              name="time"
              type="time"
              label={t("tourism.seller.time")}
              defaultValue={values.time ?? "08:00"}
              error={errors.time}
            />
            <TextField
              name="capacity"
              type="number"
              inputMode="numeric"
              label={t("tourism.seller.capacity")}
              defaultValue={values.capacity ?? "10"}
              error={errors.capacity}
            />
            <button type="submit" className="button primary" disabled={busy}>
              {t("tourism.seller.create")}
            </button>
          </Form>
        ) : (
          <p>{t("tourism.seller.no_services")}</p>
        )}
      </section>
    </>
  )
}
