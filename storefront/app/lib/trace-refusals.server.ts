import type { MessageKey } from "../i18n"
import { errorMessage, errorStatus } from "./medusa.server"

/**
 * What the seller portal says when the backend refuses a GTIN or a lot. The backend names each
 * broken rule as "field (rule): message" (English, for developers); the page shows a sentence in
 * its own language instead, picked by field and rule, and never the backend's text. Errors other
 * than 4xx are rethrown (the error page handles them).
 */
const RULES: [field: RegExp, rule: RegExp, key: MessageKey][] = [
  [/^gtin$/, /^check_digit$/, "seller.gtin_error.check_digit"],
  [/^gtin$/, /^(length|digits|zero|required)$/, "seller.gtin_error.format"],
  [/^gtin$/, /^unique$/, "seller.gtin_error.taken"],
  [/^gtin$/, /^has_lots$/, "seller.gtin_error.has_lots"],
  [/^variant_id$/, /^unique$/, "seller.gtin_error.variant_has_gtin"],
  [/^variant_id$/, /^service$/, "seller.gtin_error.service"],
  [/^company_prefix$/, /^(length|digits|zero|required)$/, "seller.gtin_error.prefix_format"],
  [/^company_prefix$/, /^taken$/, "seller.gtin_error.prefix_taken"],
  [/^company_prefix$/, /^full$/, "seller.gtin_error.prefix_full"],
  [/^variant_id$/, /^gtin$/, "seller.lot_error.no_gtin"],
  [/^lot_code$/, /^unique$/, "seller.lot_error.lot_taken"],
  [/^lot_code$/, /.*/, "seller.lot_error.lot_code"],
  [/^production_date$/, /^future$/, "seller.lot_error.future"],
  [/^(best_before|expiry_date)$/, /^after_production$/, "seller.lot_error.expiry"],
  [/^(production_date|best_before|expiry_date)$/, /.*/, "error.date.invalid"],
  [/^quantity_produced$/, /.*/, "error.quantity.min"],
  [/^subject_id$/, /.*/, "seller.lot_error.producer"],
  [/^event_time$/, /^future$/, "seller.lot_error.event_future"],
  [/^actor/, /.*/, "seller.lot_error.actor"],
]

export function refusalKeys(error: unknown, fallback: MessageKey): MessageKey[] {
  const status = errorStatus(error)
  if (!status || status < 400 || status >= 500) throw error
  if (status === 404) return ["seller.gtin_error.not_found"]
  const keys = new Set<MessageKey>()
  for (const [, field, rule] of errorMessage(error).matchAll(/([A-Za-z_][\w.]*) \(([\w-]+)\):/g)) {
    const hit = RULES.find(([f, r]) => f.test(field) && r.test(rule))
    keys.add(hit ? hit[2] : fallback)
  }
  return keys.size ? [...keys] : [fallback]
}
