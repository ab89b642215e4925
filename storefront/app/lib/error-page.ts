import { isRouteErrorResponse } from "react-router"
import { translate, type Lang } from "../i18n"

/**
 * The heading (also the document title) and sentence of an error page, in the page's language.
 * `detail` is shown only in development, for errors thrown by code.
 */
export function errorPageText(error: unknown, lang: Lang, detail = false) {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404)
      return { title: translate(lang, "error.404.title"), message: translate(lang, "error.404.body") }
    if (error.status === 403)
      return { title: translate(lang, "error.403.title"), message: translate(lang, "error.403.body") }
    // Any other refused request (a form sent twice, an unknown action): words, not "400 Bad Request".
    if (error.status >= 400 && error.status < 500)
      return { title: translate(lang, "error.request.title"), message: translate(lang, "error.request.body") }
    return { title: translate(lang, "error.generic.title"), message: translate(lang, "error.generic.body") }
  }
  const message = detail && error instanceof Error ? error.message : translate(lang, "error.generic.body")
  return { title: translate(lang, "error.generic.title"), message }
}
