import { data } from "react-router"

/**
 * What a page's form was sent to do: its `intent` (a hidden field or the button pressed), one of
 * those the page's action handles. Any other value, or none (a page left open across a release,
 * a hand-made request), is refused before anything is read or written: 400, shown as the request
 * error page in the page's language (root ErrorBoundary), never a 500 or the backend's words.
 */
export function formIntent<const T extends string>(form: FormData, intents: readonly T[]): T {
  const intent = form.get("intent")
  if (typeof intent === "string" && (intents as readonly string[]).includes(intent)) return intent as T
  throw data(null, { status: 400 })
}
