import { data, Form, redirect } from "react-router"
import type { Route } from "./+types/account.orders.claim"
import { Notice } from "../components/ui"
import { langFromPath, localePath, useT } from "../i18n"
import { acceptOrderTransfer } from "../lib/guest-orders.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { commitSession, getSession } from "../lib/session.server"
import { privatePageMeta } from "../lib/seo"

/** Private, and the token in this page's address is never sent on as a Referer. */
export function headers(args: Parameters<typeof cacheHeaders>[0]) {
  return { ...Object.fromEntries(new Headers(cacheHeaders(args))), "Referrer-Policy": "no-referrer" }
}

export const meta = privatePageMeta("claim.title")

/** The page the e-mailed link opens: a button (opening a link changes nothing by itself). */
export function loader({ url }: Route.LoaderArgs) {
  return data(
    { order: url.searchParams.get("order") ?? "", token: url.searchParams.get("token") ?? "" },
    { headers: privateNoStore },
  )
}

/** Accepts Medusa's order transfer with the e-mailed token: the order joins the account that asked. */
export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const form = await request.formData()
  const order = String(form.get("order") ?? "")
  const token = String(form.get("token") ?? "")
  const accepted =
    /^order_[A-Za-z0-9]+$/.test(order) &&
    token.length > 0 &&
    token.length <= 200 &&
    (await acceptOrderTransfer(order, token))
  if (!accepted) return data({ invalid: true }, { status: 400, headers: privateNoStore })
  const session = await getSession(request)
  session.flash("flash", { kind: "success", key: "claim.done" })
  return redirect(localePath(lang, "/account/orders"), {
    headers: { "Set-Cookie": await commitSession(request, session) },
  })
}

export default function Claim({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useT()
  const invalid = actionData?.invalid || !loaderData.order || !loaderData.token
  return (
    <div className="narrow">
      <h1>{t("claim.title")}</h1>
      {invalid ? <Notice kind="error">{t("claim.invalid")}</Notice> : null}
      {loaderData.order && loaderData.token && !actionData?.invalid ? (
        <Form method="post">
          <p>{t("claim.body")}</p>
          <input type="hidden" name="order" value={loaderData.order} />
          <input type="hidden" name="token" value={loaderData.token} />
          <button type="submit" className="button primary">
            {t("claim.confirm")}
          </button>
        </Form>
      ) : null}
    </div>
  )
}
