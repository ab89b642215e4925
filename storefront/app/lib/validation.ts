/**
 * Pure validation of what buyers type, shared by actions (the authority) and forms (hints).
 * Errors are i18n keys, so each field's message can be shown next to it in either language.
 */
import {
  findProvince,
  formatVietnamesePhone,
  joinVietnameseName,
  normalizeVietnamesePhone,
  splitVietnameseName,
  type ProvinceUnit,
} from "@ocop/reference"
import type { MessageKey } from "../i18n"

export type FieldErrors<F extends string = string> = Partial<Record<F, MessageKey>>

/** Per-line quantity limits: nobody buys 10,000 jars of honey from a cooperative online. */
export const MIN_QUANTITY = 1
export const MAX_QUANTITY = 99
/** A distributor's quote line: wholesale runs in thousands; the backend's bound (plugin-wholesale). */
export const MAX_QUOTE_QUANTITY = 100_000

export function isEmail(input: unknown): input is string {
  return typeof input === "string" && input.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(input)
}

export type QuantityResult = { ok: true; quantity: number } | { ok: false; error: MessageKey; params: { max: number } }

/** A whole count typed by a buyer (digits; "1.000" and "1,000" as Vietnamese and English write thousands). */
export function parseQuantity(input: unknown, { allowZero = false, max = MAX_QUANTITY } = {}): QuantityResult {
  const typed = typeof input === "string" ? input.trim() : typeof input === "number" ? String(input) : ""
  const text = /^\d{1,3}([.,]\d{3})+$/.test(typed) ? typed.replace(/[.,]/g, "") : typed
  const fail = (error: MessageKey): QuantityResult => ({ ok: false, error, params: { max } })
  if (!/^\d{1,7}$/.test(text)) return fail("error.quantity.invalid")
  const quantity = Number(text)
  if (quantity === 0 && allowZero) return { ok: true, quantity }
  if (quantity < MIN_QUANTITY) return fail("error.quantity.min")
  if (quantity > max) return { ok: false, error: "error.quantity.max", params: { max } }
  return { ok: true, quantity }
}

/** A shipping address in Vietnam since the two-level local government of 1 Jul 2025. */
export type AddressInput = {
  fullName: string
  phone: string
  province: string
  ward: string
  street: string
}

export type AddressField = keyof AddressInput

export type ValidAddress = {
  fullName: string
  /** +84… */
  phone: string
  province: ProvinceUnit
  ward: string
  street: string
}

const text = (value: unknown, max: number) =>
  typeof value === "string" ? value.trim().replace(/\s+/g, " ").slice(0, max) : ""

export function readAddress(form: FormData | URLSearchParams, prefix = ""): AddressInput {
  return {
    fullName: text(form.get(`${prefix}full_name`), 120),
    phone: text(form.get(`${prefix}phone`), 30),
    province: text(form.get(`${prefix}province`), 80),
    ward: text(form.get(`${prefix}ward`), 120),
    street: text(form.get(`${prefix}street`), 200),
  }
}

export function validateAddress(
  input: AddressInput,
): { ok: true; address: ValidAddress } | { ok: false; errors: FieldErrors<AddressField> } {
  const errors: FieldErrors<AddressField> = {}
  if (!input.fullName) errors.fullName = "error.required"
  else if (input.fullName.length < 2 || /[<>{}\d]/.test(input.fullName)) errors.fullName = "error.name.invalid"
  const phone = normalizeVietnamesePhone(input.phone)
  if (!input.phone) errors.phone = "error.required"
  else if (!phone) errors.phone = "error.phone.invalid"
  const province = findProvince(input.province)
  if (!input.province) errors.province = "error.province.required"
  else if (!province) errors.province = "error.province.invalid"
  if (!input.ward) errors.ward = "error.required"
  else if (input.ward.length < 2) errors.ward = "error.ward.invalid"
  if (!input.street) errors.street = "error.required"
  else if (input.street.length < 3) errors.street = "error.street.invalid"
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    address: { fullName: input.fullName, phone: phone!, province: province!, ward: input.ward, street: input.street },
  }
}

/**
 * Who collects an order picked up at the cooperative: a name and a Vietnamese phone number only,
 * no home address (the goods stay where they were made).
 */
export function validateReceiver(
  input: AddressInput,
): { ok: true; fullName: string; phone: string } | { ok: false; errors: FieldErrors<AddressField> } {
  // The address rules themselves, on a stand-in place: only the name and phone errors count.
  const checked = validateAddress({ ...input, province: "Hà Nội", ward: "Nhận tại cơ sở", street: "Nhận tại cơ sở" })
  if (checked.ok) return { ok: true, fullName: checked.address.fullName, phone: checked.address.phone }
  const errors: FieldErrors<AddressField> = {}
  if (checked.errors.fullName) errors.fullName = checked.errors.fullName
  if (checked.errors.phone) errors.phone = checked.errors.phone
  return { ok: false, errors }
}

// Family name first, as Vietnamese write a name (shared with the admin's customer and order pages).
export {
  formatVietnamesePhone,
  joinVietnameseName,
  normalizeVietnamesePhone,
  splitVietnameseName,
} from "@ocop/reference"

/** The Medusa address body for a validated Vietnamese address. */
export function toMedusaAddress(address: ValidAddress) {
  return {
    ...splitVietnameseName(address.fullName),
    phone: address.phone,
    address_1: address.street,
    city: address.ward,
    province: address.province.name,
    country_code: "vn",
  }
}

export type MedusaAddressLike = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
}

/** Back from a Medusa address to form values (saved addresses, a returning checkout). */
export function fromMedusaAddress(address: MedusaAddressLike | null | undefined): AddressInput {
  return {
    fullName: address ? joinVietnameseName(address) : "",
    phone: address?.phone ? formatVietnamesePhone(address.phone) : "",
    province: findProvince(address?.province)?.name ?? "",
    ward: address?.city ?? "",
    street: [address?.address_1, address?.address_2].filter(Boolean).join(", "),
  }
}

export function validatePassword(password: unknown): MessageKey | null {
  if (typeof password !== "string" || password.length === 0) return "error.required"
  if (password.length < 8) return "error.password.short"
  if (password.length > 200) return "error.password.long"
  return null
}
