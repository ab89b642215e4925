import { RULE_SENTENCES, ruleSentence, ruleSentenceKeys, type BrokenRuleFacts } from "@ocop/reference"
import { translate, type Lang, type MessageKey } from "../i18n"

/**
 * What a page says when the backend refuses a request. The backend writes its refusals for
 * developers, in English: "field (rule): message; …" for the marketplace's own rules, and
 * Medusa's validator texts ("Invalid request: Field 'x' is required", "video_url: an https …").
 * A page never shows that text. The OCOP rules (certificates, GTINs, lots, traceability) list each
 * broken rule with the facts it names beside the message (`rules: [{ field, rule, params }]`):
 * those are said with their facts by the sentences of RULE_SENTENCES (@ocop/reference), the ones
 * the admin shows too. Every other broken rule is mapped by field and rule to a sentence of the
 * dictionaries (vi/en) that says what to do, and anything not mapped to the status's sentence or
 * a general "check and try again". This is the one place that mapping lives.
 */

/**
 * A broken rule as a refusal lists it: the field path as the backend names it
 * ("delivery_addresses.0.province"), the rule code ("province", or the validator's kind:
 * "required", "too_big") and the facts it names ({ date, today }, { gtin }…).
 */
export type BrokenRule = BrokenRuleFacts

/** The broken rules a backend message names, in order; empty when it names none. */
export function brokenRules(message: string): BrokenRule[] {
  const rules: BrokenRule[] = []
  const text = message.replace(/^Invalid request:\s*/, "")
  for (const part of text.split(/;\s+/)) {
    const coded = part.match(/^\s*([A-Za-z_][\w.-]*) \(([\w-]+)\):/)
    if (coded) {
      rules.push({ field: coded[1], rule: coded[2] })
      continue
    }
    const quoted = part.match(/field '([^']+)'/i)
    if (quoted) {
      const field = quoted[1].replace(/, /g, ".")
      const rule = /is required/.test(part)
        ? "required"
        : /too big/.test(part)
          ? "too_big"
          : /too small/.test(part)
            ? "too_small"
            : "invalid"
      rules.push({ field, rule })
      continue
    }
    const unrecognised = part.match(/^Unrecognized fields: '([^']+)'/)
    if (unrecognised) {
      rules.push({ field: unrecognised[1].split(", ")[0], rule: "unrecognised" })
      continue
    }
    const custom = part.match(/^\s*([A-Za-z_][\w.]*): /)
    if (custom) rules.push({ field: custom[1], rule: "invalid" })
  }
  return rules
}

/** The field's own name, without its parents and list positions: "delivery_addresses.0.province" → "province". */
function leaf(field: string) {
  return (
    field
      .split(".")
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? field
  )
}

/** [field name (leaf), rule, sentence]; the first match wins. */
const RULES: [field: RegExp, rule: RegExp, key: MessageKey][] = [
  // Any field: rules that say the same thing wherever they are met.
  [/.*/, /^ocop_publication_guard$/, "refusal.uncertified"],
  [/.*/, /^(seller_status|seller_order_status|seller_return_status|company_status|approval_status)$/, "refusal.state"],
  // Returns of a delivered order part.
  [/^seller_order_id$/, /^return_not_delivered$/, "returns.error.not_delivered"],
  [/^seller_order_id$/, /^return_window_over$/, "returns.error.window_over"],
  [/^quantity$/, /^return_quantity_above_bought$/, "returns.error.quantity_above"],
  [/^item_id$/, /^return_line_(unknown|twice)$/, "returns.error.line"],
  [/^refund$/, /^refund_refused$/, "returns.error.refund_refused"],
  [/^refund_account$/, /.*/, "returns.error.account_required"],
  [/^account_number$/, /.*/, "returns.error.account_number"],
  [/^holder$/, /.*/, "returns.error.holder"],
  [/^bank$/, /.*/, "returns.error.bank"],
  // Certificates, GTINs, lots and trace events: their sentences are RULE_SENTENCES (see above).
  [/^delivery_date$/, /.*/, "quotes.error.delivery_date"],
  [/^(valid_until|date|from|to)$/, /.*/, "error.date.invalid"],
  // Registration, companies and members.
  [/^(province|province_code)$/, /.*/, "error.province.invalid"],
  [/^tax_code$/, /^unique$/, "refusal.tax_code_taken"],
  [/^tax_code$/, /.*/, "refusal.tax_code"],
  [/^(email|customer)$/, /^one_company$/, "refusal.one_company"],
  [/^(email|contact_email)$/, /.*/, "error.email.invalid"],
  [/^(phone|contact_phone)$/, /.*/, "error.phone.invalid"],
  [/^token$/, /.*/, "refusal.invite"],
  [/^role$/, /^last_approver$/, "refusal.last_approver"],
  // Messages between buyers and sellers.
  [/^body$/, /^rate_limit$/, "messages.error.rate_limited"],
  [/^body$/, /^(too_big|too_long)$/, "messages.error.too_long"],
  [/^body$/, /^(required|too_small)$/, "messages.error.empty"],
  [/^reason$/, /^(required|too_small)$/, "messages.error.reason_empty"],
  // Products, stories and files.
  [/^title$/, /^unique$/, "refusal.title_taken"],
  [/^variant_id$/, /^(open_orders|last_variant)$/, "refusal.variant_in_use"],
  [/^video_url$/, /.*/, "refusal.video_url"],
  [/^photos$/, /^too_many$/, "reviews.error.photos_limit"],
  [/^remove_photos$/, /.*/, "reviews.error.photo_unknown"],
  [/^(photos|images|url)$/, /.*/, "refusal.photos"],
  [/^file$/, /^columns$/, "refusal.csv_columns"],
  [/^file$/, /^too_many_lines$/, "refusal.csv_too_many_lines"],
  [/^file$/, /^empty$/, "refusal.file_empty"],
  [/^(file|files|body|content-type)$/, /.*/, "refusal.file"],
  // Quotes: the seller's stock below the quoted quantity, when answering and when the buyer accepts.
  [/^quantity$/, /^stock$/, "refusal.quote_stock"],
  [/^quantity$/, /^stock_sold$/, "refusal.quote_stock_sold"],
  [/^(quantity|lines|items)$/, /.*/, "error.quantity.invalid"],
  [/^(unit_price|price|amount)$/, /.*/, "refusal.price"],
  // Community tourism: dated slots, bookings and vouchers.
  [/^tourism_slot$/, /^slot_required$/, "tourism.error.slot_required"],
  [/^tourism_slot$/, /^slot_not_found$/, "tourism.error.slot_not_found"],
  [/^tourism_slot$/, /^slot_closed$/, "tourism.error.slot_closed"],
  [/^tourism_slot$/, /^slot_past$/, "tourism.error.slot_past"],
  [/^tourism_slot$/, /^slot_full$/, "tourism.error.slot_full"],
  [/^tourism_slot$/, /^slot_exists$/, "tourism.error.slot_exists"],
  [/^tourism_slot$/, /^not_a_service$/, "tourism.error.not_a_service"],
  [/^shipment$/, /^services_only$/, "tourism.error.services_only"],
  [/^tourism_slot$/, /^voucher_invalid$/, "tourism.error.voucher_invalid"],
  [/^tourism_slot$/, /^voucher_used$/, "tourism.error.voucher_used"],
  [/^tourism_slot$/, /^booking_cancelled$/, "tourism.error.booking_cancelled"],
  [/^time$/, /.*/, "tourism.error.time"],
  [/^capacity$/, /.*/, "tourism.error.capacity"],
  [/^code$/, /.*/, "tourism.error.voucher_invalid"],
  // Live selling: session prices and the session's window.
  [/^value$/, /^too_deep$/, "live.error.too_deep"],
  [/^value$/, /^no_price$/, "live.error.no_price"],
  [/^value$/, /^positive$/, "live.error.value"],
  [/^event_id$/, /^session_ended$/, "live.error.ended"],
  // Reviews: stars, the line reviewed (not delivered, or reviewed already), the producer's one reply.
  [/^rating$/, /.*/, "reviews.error.rating"],
  [/^line_item_id$/, /.*/, "reviews.error.line"],
  [/^reply$/, /.*/, "reviews.error.replied"],
  // Validator kinds on any other field.
  [/.*/, /^required$/, "refusal.required"],
  [/.*/, /^too_big$/, "refusal.too_long"],
]

/** Refusals that name no field (Medusa's own, the wholesale access checks): [message, sentence]. */
const MESSAGES: [RegExp, MessageKey][] = [
  [/required inventory|insufficient inventory|out of stock/i, "refusal.stock"],
  [/OCOP certificate/i, "refusal.uncertified"],
  [/only PDF, JPEG or PNG/i, "refusal.document_type"],
  // An uploaded image refused by its content ("files (anh.jpg): not an image …").
  [/^files \(.+\): (not an image|the content is|the image|the file is|\d+×\d+ px)/, "refusal.image"],
  [/not verified: wholesale needs/, "refusal.company_not_verified"],
  [/not a member of a distributor company/, "refusal.not_distributor"],
  [/^role \w+ cannot do this/, "refusal.role"],
  [/a return of this order part is already in progress/, "returns.error.open"],
]

/** What the status alone says when the message names no known rule. */
const BY_STATUS: Record<number, MessageKey> = {
  401: "refusal.sign_in",
  403: "refusal.forbidden",
  404: "refusal.not_found",
  409: "refusal.conflict",
  413: "refusal.too_large",
  429: "refusal.too_many",
}

/** A page's own sentences where it has better ones than the general ones. */
export interface RefusalWording {
  /** When no known rule is named (default: "check and try again"). */
  fallback?: MessageKey
  /** For a 404. */
  notFound?: MessageKey
}

/**
 * The sentences for a refusal (status + backend message), one per distinct cause: a known rule's,
 * else the status's, else the fallback. A status outside 4xx (or none: the backend did not
 * answer) gives "refusal.unavailable".
 */
export function refusalKeysFor(
  status: number | undefined,
  message: string,
  wording: RefusalWording = {},
): MessageKey[] {
  if (!status || status < 400 || status >= 500) return ["refusal.unavailable"]
  if (status === 404 && wording.notFound) return [wording.notFound]
  const keys = new Set<MessageKey>()
  for (const { field, rule } of brokenRules(message)) {
    const name = leaf(field)
    const hit = RULES.find(([f, r]) => f.test(name) && r.test(rule))
    if (hit) keys.add(hit[2])
  }
  if (keys.size) return [...keys]
  const known = MESSAGES.find(([pattern]) => pattern.test(message))
  if (known) return [known[1]]
  return [BY_STATUS[status] ?? wording.fallback ?? "refusal.generic"]
}

/**
 * The sentences for a refusal in the page's language, one per distinct cause: for each listed rule,
 * the dictionary sentence of its field when the storefront has one (the same field names mean
 * other things on other pages: a distributor's tax code), else the rule's own sentence with its
 * facts (RULE_SENTENCES), else a sentence for the rule on any field (the dictionary's, else
 * RULE_SENTENCES'); without listed rules, those of `refusalKeysFor`.
 */
export function refusalSentences(
  lang: Lang,
  status: number | undefined,
  message: string,
  rules: BrokenRule[] = [],
  wording: RefusalWording = {},
): string[] {
  const general = () => refusalKeysFor(status, message, wording).map((key) => translate(lang, key))
  if (!status || status < 400 || status >= 500 || (status === 404 && wording.notFound)) return general()
  const sentences = new Set<string>()
  const mapped = (rule: BrokenRule, anyField: boolean) =>
    RULES.find(([f, r]) => (f.source === ".*") === anyField && f.test(leaf(rule.field)) && r.test(rule.rule))?.[2]
  for (const rule of rules) {
    // The field's own sentence (the storefront's, as a registration's tax code; else the rule's with
    // its facts), then a sentence for the rule on any field (the storefront's, else the rule's).
    const own = mapped(rule, false)
    const ruleOwn = !own && ruleSentenceKeys(rule).some((key) => !key.startsWith("*.") && RULE_SENTENCES[key])
    const forAnyField = own || ruleOwn ? null : mapped(rule, true)
    const said = own ? translate(lang, own) : forAnyField ? translate(lang, forAnyField) : ruleSentence(rule, lang)
    if (said) sentences.add(said)
  }
  return sentences.size ? [...sentences] : general()
}
