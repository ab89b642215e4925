const formatters = new Map<string, Intl.NumberFormat>()

/** Formats an amount in the currency's major unit (VND has none below the đồng): 150000 → "150.000 ₫". */
export function formatMoney(amount: number, currencyCode: string, locale = "vi-VN") {
  const key = `${locale}:${currencyCode}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() })
    formatters.set(key, formatter)
  }
  return formatter.format(amount)
}
