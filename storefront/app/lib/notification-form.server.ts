import { redirect } from "react-router"
import { notificationKindsFor } from "@ocop/reference"
import { errorStatus } from "./medusa.server"
import { markAllRead, markRead, savePreferences, type Reader } from "./notifications.server"
import { commitSession, type AppSession } from "./session.server"
import { formIntent } from "./intent.server"

/**
 * The notification page's forms (no JavaScript needed): mark one read, mark all read, save the
 * e-mail preferences (a box per kind; an unticked box is "no e-mail"). Then back to the page with
 * a message in the reader's language; a refusal never shows the API's text.
 */
export async function notificationFormAction(
  request: Request,
  session: AppSession,
  reader: Reader,
  token: string,
  form: FormData,
  back: string,
) {
  const intent = formIntent(form, ["read", "read_all", "preferences"])
  try {
    if (intent === "read") {
      await markRead(reader, token, String(form.get("id") ?? ""))
    } else if (intent === "read_all") {
      await markAllRead(reader, token)
      session.flash("flash", { kind: "success", key: "notifications.all_read" })
    } else {
      const email = Object.fromEntries(
        notificationKindsFor(reader).map((kind) => [kind, form.get(`email:${kind}`) === "on"]),
      )
      await savePreferences(reader, token, email)
      session.flash("flash", { kind: "success", key: "notifications.preferences_saved" })
    }
  } catch (error) {
    const status = errorStatus(error)
    if (!status || status >= 500) throw error
    session.flash("flash", { kind: "error", key: "notifications.failed" })
  }
  return redirect(back, { headers: { "Set-Cookie": await commitSession(request, session) } })
}
