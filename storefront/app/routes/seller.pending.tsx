import { data, Form, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/seller.pending"
import { SellerDocumentsField } from "../components/SellerDocumentsField"
import { Notice } from "../components/ui"
import { formatDate, langFromPath, localePath, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { chosenFiles, refusal, requireSeller, sellerApi, sellerUpload } from "../lib/seller.server"
import { commitSession } from "../lib/session.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("seller.pending_title")

type SellerDocument = { id: string; filename: string; created_at: string }

async function requireUnapproved(request: Request, url: URL) {
  const lang = langFromPath(url.pathname)
  const seller = await requireSeller(request, url, lang, { approved: false })
  if (seller.seller.status === "approved") throw redirect(localePath(lang, "/seller"))
  return seller
}

export async function loader({ request, url }: Route.LoaderArgs) {
  const { seller, token } = await requireUnapproved(request, url)
  const { documents } = await sellerApi<{ documents: SellerDocument[] }>(token, "/sellers/me/documents")
  return data(
    { name: seller.legal_name, status: seller.status, reason: seller.rejection_reason ?? null, documents },
    { headers: privateNoStore },
  )
}

/** Sends more registration documents while the review is pending (e.g. after one was refused). */
export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { token, session, seller } = await requireUnapproved(request, url)
  if (seller.status !== "pending") throw data(null, { status: 403 })
  const files = chosenFiles(await request.formData(), "documents")
  if (!files.length) return data({ refusal: null, missing: true }, { status: 400, headers: privateNoStore })
  try {
    await sellerUpload(token, "/sellers/me/documents", files)
  } catch (error) {
    return data({ refusal: refusal(error, lang), missing: false }, { status: 400, headers: privateNoStore })
  }
  session.flash("flash", { kind: "success", key: "seller.documents_sent" })
  return redirect(url.pathname, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

export default function SellerPending({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const busy = useNavigation().state === "submitting"
  const rejected = loaderData.status === "rejected"
  return (
    <div className="narrow">
      <h1>{t(rejected ? "seller.rejected_title" : "seller.pending_title")}</h1>
      {rejected ? (
        <Notice kind="error">{t("seller.rejected_text", { reason: loaderData.reason ?? "" })}</Notice>
      ) : (
        <Notice kind="info">{t("seller.pending_text", { name: loaderData.name })}</Notice>
      )}
      <h2>{t("seller.documents_sent_list")}</h2>
      {loaderData.documents.length ? (
        <ul data-testid="seller-documents">
          {loaderData.documents.map((document) => (
            <li key={document.id}>
              {document.filename} · {formatDate(document.created_at, lang, true)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("seller.documents_none")}</p>
      )}
      {rejected ? null : (
        <Form method="post" encType="multipart/form-data" className="stack" noValidate>
          {actionData?.refusal ? (
            <Notice kind="error">{t("seller.refused", { reason: actionData.refusal })}</Notice>
          ) : null}
          <SellerDocumentsField required missing={actionData?.missing} />
          <button type="submit" className="button primary" disabled={busy}>
            {t("seller.documents_send")}
          </button>
        </Form>
      )}
      <Form method="post" action={href("/seller/logout")}>
        <button type="submit" className="button secondary">
          {t("seller.sign_out")}
        </button>
      </Form>
    </div>
  )
}
