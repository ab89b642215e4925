import { data, redirect } from "react-router"
import type { Route } from "./+types/follow"
import { langFromPath, localePath } from "../i18n"
import { requireCustomer } from "../lib/customer.server"
import { follow, unfollow, type FollowTarget } from "../lib/follows.server"
import { formIntent } from "../lib/intent.server"
import { errorStatus } from "../lib/medusa.server"
import { safeReturnPath } from "../lib/return-path"
import { commitSession } from "../lib/session.server"

const TARGETS = new Set(["producer", "province", "event"])

/** POST /follow (the follow buttons' form): follow or unfollow, then back to the page. Signed-out buyers sign in first. */
export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const form = await request.formData()
  const returnTo = safeReturnPath(form.get("return_to"), localePath(lang, "/account/notifications"))
  const loginUrl = new URL(returnTo, request.url)
  const { session, token } = await requireCustomer(request, loginUrl, lang)
  const targetType = String(form.get("target_type") ?? "")
  const targetId = String(form.get("target_id") ?? "")
  const followId = String(form.get("follow_id") ?? "")
  const intent = formIntent(form, ["follow", "unfollow"])
  if (intent === "unfollow" ? !followId : !(TARGETS.has(targetType) && targetId)) throw data(null, { status: 400 })
  try {
    if (intent === "unfollow") {
      await unfollow(token, followId)
      session.flash("flash", { kind: "success", key: "follow.unfollowed" })
    } else {
      await follow(token, targetType as FollowTarget, targetId)
      session.flash("flash", { kind: "success", key: "follow.followed" })
    }
  } catch (error) {
    const status = errorStatus(error)
    if (!status || status >= 500) throw error
    session.flash("flash", { kind: "error", key: "follow.failed" })
  }
  return redirect(returnTo, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

export function loader() {
  throw data(null, { status: 405 })
}

/**
 * Never shown: the address takes forms only. Having a page makes React Router answer a refused
 * request here (a GET, a form with an unknown intent) with the root's error page in the address's
 * language, where a route without one would answer with an empty body.
 */
export default function Follow() {
  return null
}
