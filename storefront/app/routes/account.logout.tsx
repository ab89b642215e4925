import { redirect } from "react-router"
import type { Route } from "./+types/account.logout"
import { langFromPath, localePath } from "../i18n"
import { signOut } from "../lib/customer.server"
import { commitSession, getSession } from "../lib/session.server"

/** Sign out is a POST (a link or an image on another site cannot sign anybody out). */
export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const session = await getSession(request)
  await signOut(session)
  session.flash("flash", { kind: "success", key: "account.signed_out" })
  return redirect(localePath(lang, "/"), { headers: { "Set-Cookie": await commitSession(request, session) } })
}

export async function loader({ url }: Route.LoaderArgs) {
  return redirect(localePath(langFromPath(url.pathname), "/account"))
}
