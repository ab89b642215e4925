import { useT, type MessageKey } from "../i18n"
import { provinceName, PROVINCES_SORTED } from "@ocop/reference"
import type { AddressField, AddressInput } from "../lib/validation"
import { FieldError, TextField } from "./ui"

/**
 * A Vietnamese delivery address since 1 Jul 2025: province or city (34 units), commune or ward,
 * street and house number; with the receiver's name and a Vietnamese phone number.
 */
export function AddressFields({
  values,
  errors = {},
  idPrefix = "",
}: {
  values?: Partial<AddressInput>
  errors?: Partial<Record<AddressField, MessageKey>>
  idPrefix?: string
}) {
  const { t, lang } = useT()
  const provinceId = `${idPrefix}f-province`
  return (
    <>
      <TextField
        id={`${idPrefix}f-full_name`}
        name="full_name"
        label={t("address.full_name")}
        autoComplete="name"
        required
        maxLength={120}
        defaultValue={values?.fullName}
        error={errors.fullName}
      />
      <TextField
        id={`${idPrefix}f-phone`}
        name="phone"
        type="tel"
        label={t("address.phone")}
        hint={t("address.phone_hint")}
        autoComplete="tel"
        inputMode="tel"
        required
        maxLength={20}
        defaultValue={values?.phone}
        error={errors.phone}
      />
      <div className={errors.province ? "field has-error" : "field"}>
        <label htmlFor={provinceId}>
          {t("address.province")}
          <span aria-hidden="true"> *</span>
        </label>
        <select
          id={provinceId}
          name="province"
          required
          defaultValue={values?.province ?? ""}
          autoComplete="address-level1"
          aria-invalid={errors.province ? true : undefined}
          aria-describedby={errors.province ? `${provinceId}-error` : undefined}
        >
          <option value="">{t("address.province_choose")}</option>
          {PROVINCES_SORTED.map((province) => (
            <option key={province.slug} value={province.name}>
              {lang === "en" ? `${provinceName(province, lang)} (${province.name})` : province.name}
            </option>
          ))}
        </select>
        <FieldError id={`${provinceId}-error`} error={errors.province} />
      </div>
      <TextField
        id={`${idPrefix}f-ward`}
        name="ward"
        label={t("address.ward")}
        hint={t("address.ward_hint")}
        autoComplete="address-level2"
        required
        maxLength={120}
        defaultValue={values?.ward}
        error={errors.ward}
      />
      <TextField
        id={`${idPrefix}f-street`}
        name="street"
        label={t("address.street")}
        hint={t("address.street_hint")}
        autoComplete="street-address"
        required
        maxLength={200}
        defaultValue={values?.street}
        error={errors.street}
      />
    </>
  )
}
