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
  const { t } = useT()
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
      <ProvinceField
        id={`${idPrefix}f-province`}
        label={t("address.province")}
        defaultValue={values?.province}
        error={errors.province}
        autoComplete="address-level1"
      />
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

/**
 * The province or city (one of the 34 units, by its Vietnamese name; in English with its English
 * name first), required, with its error announced and linked.
 */
export function ProvinceField({
  id = "f-province",
  label,
  defaultValue,
  error,
  autoComplete,
}: {
  id?: string
  label: string
  defaultValue?: string
  error?: MessageKey | null
  autoComplete?: string
}) {
  const { t, lang } = useT()
  return (
    <div className={error ? "field has-error" : "field"}>
      <label htmlFor={id}>
        {label}
        <span aria-hidden="true"> *</span>
      </label>
      <select
        id={id}
        name="province"
        required
        defaultValue={defaultValue ?? ""}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">{t("address.province_choose")}</option>
        {PROVINCES_SORTED.map((province) => (
          <option key={province.slug} value={province.name}>
            {lang === "en" ? `${provinceName(province, lang)} (${province.name})` : province.name}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  )
}
