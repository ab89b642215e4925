import { redirect } from "react-router"
import type { Route } from "./+types/seller.logout"
import { langFromPath, localePath } from "../i18n"
import { signOutSeller } from "../lib/seller.server"
import { commitSession, getSession } from "../lib/session.server"

/** Sign out is a POST (a link on another site cannot sign a seller out). */
export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const session = await getSession(request)
  await signOutSeller(session)
  session.flash("flash", { kind: "success", key: "seller.signed_out" })
  return redirect(localePath(lang, "/seller/login"), {
    headers: { "Set-Cookie": await commitSession(request, session) },
  })
}

export async function loader({ url }: Route.LoaderArgs) {
  return redirect(localePath(langFromPath(url.pathname), "/seller"))
}
