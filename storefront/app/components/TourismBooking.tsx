import { Form } from "react-router"
import { formatDate, useT, type MessageKey, type Params } from "../i18n"
import { FieldError, Money, QuantityField } from "./ui"

export type BookableSlot = {
  id: string
  startsAt: string
  variantTitle: string | null
  price: number | null
  currency: string
  left: number
  closed: boolean
  open: boolean
}

/**
 * The booking form of a community-tourism service: one radio per coming date (places left; full,
 * closed or past dates cannot be chosen) and the number of persons. A plain form: it works
 * without JavaScript; the backend checks the date and the places again.
 */
export function TourismBooking({
  productId,
  slots,
  selected,
  quantity,
  error,
  busy,
}: {
  productId: string
  slots: BookableSlot[]
  selected: string | null
  quantity: string
  error?: { field: string; key: MessageKey; params?: Params } | null
  busy: boolean
}) {
  const { t, lang } = useT()
  const firstOpen = slots.find((slot) => slot.open)?.id ?? null
  const checked = selected && slots.some((s) => s.id === selected && s.open) ? selected : firstOpen
  return (
    <Form method="post" className="buy-form tourism-booking" id="buy" preventScrollReset noValidate>
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="booking" value="1" />
      <fieldset className="variants" aria-describedby={error?.field === "slot" ? "slot-error" : undefined}>
        <legend>{t("tourism.slots.title")}</legend>
        <p className="hint">{t("tourism.slots.time_zone")}</p>
        {slots.length ? (
          slots.map((slot) => (
            <label key={slot.id} className={slot.open ? "variant" : "variant disabled"} data-testid="tourism-slot">
              <input
                type="radio"
                name="slot_id"
                value={slot.id}
                defaultChecked={slot.id === checked}
                disabled={!slot.open}
              />
              <span className="variant-title">
                {formatDate(slot.startsAt, lang, true)}
                {slot.variantTitle ? ` · ${slot.variantTitle}` : ""}
              </span>
              <span className="variant-price">
                <Money amount={slot.price} currency={slot.currency} />
              </span>
              <span className={slot.open ? "stock in" : "stock out"}>
                {slot.closed
                  ? t("tourism.slot.closed")
                  : slot.left > 0
                    ? t("tourism.slot.left", { count: slot.left })
                    : t("tourism.slot.full")}
              </span>
            </label>
          ))
        ) : (
          <p>{t("tourism.slots.none")}</p>
        )}
      </fieldset>
      <FieldError id="slot-error" error={error?.field === "slot" ? error.key : null} params={error?.params} />
      {firstOpen ? (
        <div className="buy-row">
          <QuantityField
            label={t("tourism.persons")}
            defaultValue={quantity}
            error={error?.field === "quantity" ? error : null}
          />
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t("tourism.booking") : t("tourism.book")}
          </button>
        </div>
      ) : null}
    </Form>
  )
}
