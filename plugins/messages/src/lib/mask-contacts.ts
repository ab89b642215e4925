/**
 * Masks the ways to reach someone off the platform (phone numbers and e-mail addresses) in a
 * message written before an order exists, so a product question cannot turn into a sale by phone.
 * Order threads are not masked: the buyer and the seller already have each other's delivery details.
 *
 * Phone numbers are Vietnamese (Decision 798/QĐ-BTTTT's numbering after 2018): mobiles are 10
 * digits from 03, 05, 07, 08, 09; landlines 11 digits from 02 (area code 2xx); either with the
 * country code instead of the 0 (+84, 84, 0084). People write them in groups with spaces, dots,
 * dashes or brackets, digit by digit, or spell the digits out ("không chín một hai…", "zero nine…")
 * to slip past a filter. Numbers that are not phones stay: prices ("250.000 ₫"), weights and
 * volumes ("500 ml"), dates ("07.12.2025"), times, GTINs and lot codes.
 *
 * libphonenumber-js finds well-formed numbers but not spelled-out or digit-by-digit ones, and it
 * would take a price like "0.912.345.678" for a number as readily as this does; the rules here are
 * few and Vietnamese-only, so they are written out and tested case by case.
 */

import { isVietnameseNationalPhone } from "@ocop/reference"

/** What a masked phone number or e-mail address becomes (language-neutral: pages explain it). */
export const CONTACT_PLACEHOLDER = "[•••]"

const DIGIT_WORDS: Record<string, string> = {
  khong: "0",
  mot: "1",
  hai: "2",
  ba: "3",
  bon: "4",
  tu: "4",
  nam: "5",
  lam: "5",
  sau: "6",
  bay: "7",
  bey: "7",
  tam: "8",
  chin: "9",
  zero: "0",
  oh: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
}

/** Lower case without diacritics ("Chín" → "chin", "bẩy" → "bay"; đ → d). */
function fold(word: string) {
  return word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
}

/**
 * Units and currencies that make the number before them a quantity or a price, never a phone.
 * Folded (no diacritics), as fold() gives them.
 */
const UNIT_AFTER =
  /^\s?(?:₫|đ|d|dong|vnd|vnđ|k|nghin|ngan|tr|trieu|ty|usd|\$|%|g|gr|gam|kg|mg|ml|l|lit|cl|m|cm|mm|km|ha|m2|hop|goi|chai|lo|tui|thung|cai|chiec|san pham|sp|nam|thang|ngay|gio|phut|sao|★|nguoi|dia chi)(?![\p{L}\p{N}])/iu

/** A run of digits and digit words with the separators people put between them. */
const TOKEN = /(\+|\d+|[\p{L}]+)/gu
const SEPARATOR = /^[\s.\-–—_()[\],]*$/u

type Token = { text: string; digits: string; start: number; end: number; plus: boolean }

/** The tokens of the text that are digits (or a "+"), with their positions. */
function digitTokens(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0]
    const start = match.index!
    const end = start + word.length
    if (word === "+") tokens.push({ text: word, digits: "", start, end, plus: true })
    else if (/^\d+$/.test(word)) tokens.push({ text: word, digits: word, start, end, plus: false })
    else {
      const digit = DIGIT_WORDS[fold(word)]
      if (digit) tokens.push({ text: word, digits: digit, start, end, plus: false })
    }
  }
  return tokens
}

/** Digits as a phone reads them: the country code (+84, 84, 0084) becomes the leading 0. */
function nationalNumber(digits: string, plus: boolean): string | null {
  // "+84 (0) 912 …": the 0 some write after the country code is dropped as well
  const national = (rest: string) => `0${rest.replace(/^0/, "")}`
  if (plus) return digits.startsWith("84") ? national(digits.slice(2)) : null
  if (digits.startsWith("0084")) return national(digits.slice(4))
  if (digits.startsWith("84") && digits.length >= 11) return national(digits.slice(2))
  return digits
}

/** Dates and times written with dots, dashes or slashes: never phone numbers. */
const DATE_OR_TIME =
  /(?<![\d.])(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}h\d{0,2})(?![\d.]*\d)/g
/** A number with thousands groups ("250.000", "1.250.000") or a decimal ("0,5") followed by a unit or currency. */
const AMOUNT = /\d[\d.,\s]*\d|\d/g

/** Character ranges (start, end) that belong to dates, times, prices and quantities. */
function protectedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  for (const match of text.matchAll(DATE_OR_TIME)) ranges.push([match.index!, match.index! + match[0].length])
  for (const match of text.matchAll(AMOUNT)) {
    const end = match.index! + match[0].length
    if (!UNIT_AFTER.test(fold(text.slice(end, end + 12)))) continue
    // Only the last group before the unit is a quantity ("gọi 0912 345 678 500 ml"): a price has
    // thousands groups of three after its first group.
    const groups = match[0].split(/[\s]+/)
    const amount = groups[groups.length - 1]
    ranges.push([end - amount.length, end])
  }
  return ranges
}

/** The [start, end) spans of phone numbers in the text. */
function phoneSpans(text: string): [number, number][] {
  const guarded = protectedRanges(text)
  const inGuarded = (token: Token) => guarded.some(([from, to]) => token.start < to && token.end > from)
  // Runs of digit tokens with only separators between them (a "+" only at a run's start)
  const runs: Token[][] = []
  let run: Token[] = []
  for (const token of digitTokens(text)) {
    const previous = run[run.length - 1]
    const joined =
      previous &&
      !inGuarded(token) &&
      !token.plus &&
      SEPARATOR.test(text.slice(previous.end, token.start)) &&
      // Digits written together with letters ("MS09") or as a code ("A-0912…") start a run of their own
      token.start - previous.end <= 4
    if (joined) run.push(token)
    else {
      if (run.length) runs.push(run)
      run = inGuarded(token) ? [] : [token]
    }
  }
  if (run.length) runs.push(run)

  const spans: [number, number][] = []
  for (const tokens of runs) {
    // The longest phone number that starts and ends at token boundaries; then look after it.
    let from = 0
    while (from < tokens.length) {
      let found = -1
      for (let to = tokens.length - 1; to >= from && found < 0; to--) {
        const slice = tokens.slice(from, to + 1)
        const plus = slice[0].plus
        const digits = slice.map((t) => t.digits).join("")
        const national = nationalNumber(digits, plus)
        if (national && isVietnameseNationalPhone(national)) found = to
      }
      if (found >= 0) {
        spans.push([tokens[from].start, tokens[found].end])
        from = found + 1
      } else from++
    }
  }
  return spans
}

/**
 * E-mail addresses, written plainly or to dodge a filter: "lan@gmail.com", "lan @ gmail . com",
 * "lan (at) gmail (dot) com", "lan [at] gmail chấm com", "lan a còng gmail chấm com".
 */
const AT = String.raw`(?:\s*@\s*|\s*[([{]\s*(?:at|a còng|a cong)\s*[)\]}]\s*|\s+(?:at|a còng|a cong|acong)\s+)`
const DOT = String.raw`(?:\s*\.\s*|\s*[([{]\s*(?:dot|chấm|cham)\s*[)\]}]\s*|\s+(?:dot|chấm|cham)\s+)`
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?`
/** Top-level domains people use in Vietnam; a spelled-out address must end in one of them. */
const TLD = String.raw`(?:com|vn|net|org|edu|gov|info|io|me|co|biz|asia)`
const PLAIN_EMAIL = new RegExp(String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}`, "giu")
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[a-z0-9._%+-]+${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}${TLD}(?![\p{L}\p{N}])`,
  "giu",
)

function emailSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  for (const pattern of [PLAIN_EMAIL, SPELLED_EMAIL])
    for (const match of text.matchAll(pattern)) spans.push([match.index!, match.index! + match[0].length])
  return spans
}

/** Overlapping spans merged, in order. */
function merge(spans: [number, number][]) {
  const sorted = [...spans].sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([...span])
  }
  return merged
}

/** The text with every phone number and e-mail address replaced by the placeholder, and whether any was. */
export function maskContacts(input: string): { text: string; masked: boolean } {
  const text = input.normalize("NFC")
  const spans = merge([...emailSpans(text), ...phoneSpans(text)])
  if (!spans.length) return { text, masked: false }
  let out = ""
  let at = 0
  for (const [start, end] of spans) {
    out += text.slice(at, start) + CONTACT_PLACEHOLDER
    at = end
  }
  return { text: out + text.slice(at), masked: true }
}
