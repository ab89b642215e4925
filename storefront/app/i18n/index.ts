/**
 * Two languages: Vietnamese at "/", English under "/en/" (the same paths otherwise), so every
 * URL is shareable and says its language. All interface strings live in ./vi.ts and ./en.ts.
 */
import { useLocation } from "react-router"
import { en } from "./en"
import { vi } from "./vi"

export type Lang = "vi" | "en"
export type MessageKey = keyof typeof vi
export type Params = Record<string, string | number>

export const dictionaries: Record<Lang, Record<MessageKey, string>> = { vi, en }

/**
 * Tests (vitest, and the storefront a browser test runs with OCOP_STRICT_I18N=1) fail on a message
 * shown with a placeholder left unfilled; a user's page keeps the "{name}" rather than breaking.
 */
const strictMessages =
  typeof process !== "undefined" && Boolean(process.env?.VITEST || process.env?.OCOP_STRICT_I18N === "1")

const pluralRules = new Map<string, Intl.PluralRules>()

/** "{count, plural, one {# item} other {# items}}": the form for the count in the language, # the count. */
const PLURAL = /\{(\w+), plural,((?:\s*\w+ \{[^{}]*\})+)\s*\}/g

/**
 * A message with its {placeholders} filled from params, and its plural forms chosen by
 * Intl.PluralRules for the language (English "1 item", "2 items"; Vietnamese has one form).
 */
export function fillMessage(lang: Lang, key: string, template: string, params: Params = {}) {
  const missing = (name: string, whole: string) => {
    if (strictMessages) throw new Error(`message "${key}" is shown without its {${name}}`)
    return whole
  }
  return template
    .replace(PLURAL, (whole, name: string, forms: string) => {
      if (!(name in params)) return missing(name, whole)
      const value = params[name]
      const count = typeof value === "number" ? value : Number(String(value).replace(/[.,\s]/g, ""))
      let rules = pluralRules.get(lang)
      if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(intlLocale(lang))))
      const choices = new Map([...forms.matchAll(/(\w+) \{([^{}]*)\}/g)].map((m) => [m[1], m[2]]))
      return (choices.get(rules.select(count)) ?? choices.get("other") ?? "").replace(/#/g, String(value))
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : missing(name, whole)))
}

export function translate(lang: Lang, key: MessageKey, params?: Params) {
  return fillMessage(lang, key, dictionaries[lang][key] ?? dictionaries.vi[key] ?? key, params)
}

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === "string" && key in vi
}

export function langFromPath(pathname: string): Lang {
  return pathname === "/en" || pathname.startsWith("/en/") ? "en" : "vi"
}

/** "/en/products/x" → "/products/x". */
export function stripLang(pathname: string) {
  if (pathname === "/en") return "/"
  return pathname.startsWith("/en/") ? pathname.slice(3) : pathname
}

/** The path of a page in a language: localePath("en", "/cart") → "/en/cart". */
export function localePath(lang: Lang, path: string) {
  if (lang === "vi") return path
  if (path === "/") return "/en"
  return `/en${path}`
}

/** The same page in the other language, query string kept. */
export function switchLangPath(pathname: string, search: string, to: Lang) {
  return localePath(to, stripLang(pathname)) + search
}

export function intlLocale(lang: Lang) {
  return lang === "en" ? "en-US" : "vi-VN"
}

/** A count as the page's language writes it: 5.000 in Vietnamese, 5,000 in English. */
export function formatNumber(value: number, lang: Lang) {
  return new Intl.NumberFormat(intlLocale(lang)).format(value)
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>()

/** Dates in Vietnam's time zone, so server and browser render the same text. */
export function formatDate(value: string | Date | null | undefined, lang: Lang, withTime = false) {
  if (!value) return ""
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return ""
  const key = `${lang}:${withTime}`
  let formatter = dateFormatters.get(key)
  if (!formatter) {
    // Vietnamese write dates as 03/04/2029; English readers get "April 3, 2029".
    formatter = new Intl.DateTimeFormat(
      intlLocale(lang),
      lang === "vi"
        ? {
            day: "2-digit",
            month: "2-digit",
            year: "numeric",
            ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
            timeZone: "Asia/Ho_Chi_Minh",
          }
        : { dateStyle: "long", ...(withTime ? { timeStyle: "short" } : {}), timeZone: "Asia/Ho_Chi_Minh" },
    )
    dateFormatters.set(key, formatter)
  }
  return formatter.format(date)
}

export function useLang(): Lang {
  return langFromPath(useLocation().pathname)
}

/** Translation helpers for components: t(key, params), href(path) in the page's language. */
export function useT() {
  const lang = useLang()
  return {
    lang,
    t: (key: MessageKey, params?: Params) => translate(lang, key, params),
    href: (path: string) => localePath(lang, path),
  }
}
