import type { Lang, MessageKey } from "../i18n"
import { errorMessage, errorRules, errorStatus } from "./medusa.server"
import { refusalKeysFor, refusalSentences, type RefusalWording } from "./refusals"

/**
 * A backend refusal (4xx) as the page's sentences (see ./refusals); anything else is rethrown,
 * for the error page.
 */
export function refusalKeys(error: unknown, wording: RefusalWording = {}): MessageKey[] {
  const status = errorStatus(error)
  if (!status || status < 400 || status >= 500) throw error
  return refusalKeysFor(status, errorMessage(error), wording)
}

/** The same, as sentences in the page's language, with the facts of the rules the backend lists. */
export function refusalTexts(error: unknown, lang: Lang, wording: RefusalWording = {}): string[] {
  const status = errorStatus(error)
  if (!status || status < 400 || status >= 500) throw error
  return refusalSentences(lang, status, errorMessage(error), errorRules(error), wording)
}

/** The same, as one text in the page's language, to show in a notice. */
export function refusalText(error: unknown, lang: Lang, wording: RefusalWording = {}): string {
  return refusalTexts(error, lang, wording).join(" ")
}

/** For an action that shows every failure on its page (the backend not answering included): never rethrows. */
export function failureText(error: unknown, lang: Lang, wording: RefusalWording = {}): string {
  return refusalSentences(lang, errorStatus(error), errorMessage(error), errorRules(error), wording).join(" ")
}
