import { data, Form, redirect } from "react-router"
import type { Route } from "./+types/seller.pending"
import { Notice } from "../components/ui"
import { langFromPath, localePath, translate, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { requireSeller } from "../lib/seller.server"

export const headers = cacheHeaders

export function meta({ location }: Route.MetaArgs) {
  const lang = langFromPath(location.pathname)
  return [{ title: `${translate(lang, "seller.pending_title")} — ${translate(lang, "site.name")}` }, { name: "robots", content: "noindex" }]
}

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { seller } = await requireSeller(request, url, lang, { approved: false })
  if (seller.status === "approved") throw redirect(localePath(lang, "/seller"))
  return data(
    { name: seller.legal_name, status: seller.status, reason: seller.rejection_reason ?? null },
    { headers: privateNoStore },
  )
}

export default function SellerPending({ loaderData }: Route.ComponentProps) {
  const { t, href } = useT()
  const rejected = loaderData.status === "rejected"
  return (
    <div className="narrow">
      <h1>{t(rejected ? "seller.rejected_title" : "seller.pending_title")}</h1>
      {rejected ? (
        <Notice kind="error">{t("seller.rejected_text", { reason: loaderData.reason ?? "" })}</Notice>
      ) : (
        <Notice kind="info">{t("seller.pending_text", { name: loaderData.name })}</Notice>
      )}
      <Form method="post" action={href("/seller/logout")}>
        <button type="submit" className="button secondary">
          {t("seller.sign_out")}
        </button>
      </Form>
    </div>
  )
}
