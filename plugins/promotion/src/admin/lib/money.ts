/** Whole amounts in VND, as the tables and tooltips show them: "1.500.000 ₫". */
export const vnd = (amount: number) =>
  new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(amount)

const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 })

// Intl's compact notation abbreviates "tỷ" as "T", which readers take for "triệu": the units are spelled here.
const UNITS = [
  { size: 1e9, name: "tỷ" },
  { size: 1e6, name: "tr" },
  { size: 1e3, name: "nghìn" },
] as const

/** A short amount for a chart axis: "1,5 tr ₫", "25 tỷ ₫", "800 nghìn ₫", "0 ₫". */
export function vndShort(amount: number): string {
  const value = Number(amount)
  if (!Number.isFinite(value)) return ""
  const unit = UNITS.find((u) => Math.abs(value) >= u.size)
  return unit ? `${number.format(value / unit.size)} ${unit.name} ₫` : `${number.format(value)} ₫`
}
