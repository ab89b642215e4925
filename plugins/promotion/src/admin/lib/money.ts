import { localeOf } from "@ocop/reference"

/** Whole amounts in VND, as the tables and tooltips show them: "1.500.000 ₫" ("₫1,500,000" in English). */
export const vnd = (amount: number, lang = "vi") =>
  new Intl.NumberFormat(localeOf(lang), { style: "currency", currency: "VND" }).format(amount)

/** The names of the short units, from the page's translations (`ocop_programme.units`). */
export type UnitNames = { billion: string; million: string; thousand: string }

/**
 * A short amount for a chart axis: "1,5 tr ₫", "25 tỷ ₫", "800 nghìn ₫", "0 ₫" (English "1.5 m ₫").
 * Intl's compact notation abbreviates "tỷ" as "T", which readers take for "triệu": the units are spelled.
 */
export function vndShort(amount: number, lang: string, names: UnitNames): string {
  const value = Number(amount)
  if (!Number.isFinite(value)) return ""
  const number = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 })
  const units = [
    { size: 1e9, name: names.billion },
    { size: 1e6, name: names.million },
    { size: 1e3, name: names.thousand },
  ]
  const unit = units.find((u) => Math.abs(value) >= u.size)
  return unit ? `${number.format(value / unit.size)} ${unit.name} ₫` : `${number.format(value)} ₫`
}
