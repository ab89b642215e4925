import { data, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/seller.return"
import { SellerNav } from "../components/SellerNav"
import { ReturnRequestFacts } from "../components/ReturnRequestFacts"
import { IntentForm, Notice, TextField } from "../components/ui"
import { langFromPath, useT, type MessageKey } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { isNotFound } from "../lib/medusa.server"
import type { ReturnRequest } from "@ocop/reference"
import { refusal, requireSeller, returnsNamedIn, sellerApi } from "../lib/seller.server"
import { commitSession } from "../lib/session.server"
import { privatePageMeta } from "../lib/seo"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export const meta = privatePageMeta("returns.seller.title")

export async function loader({ request, url, params }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  try {
    const { return: found } = await sellerApi<{ return: ReturnRequest }>(
      token,
      `/sellers/me/returns/${encodeURIComponent(params.id)}`,
    )
    const [named] = await returnsNamedIn(lang, token, [found])
    return data({ sellerName: seller.legal_name, request: named }, { headers: privateNoStore })
  } catch (error) {
    if (isNotFound(error)) throw data(null, { status: 404 })
    throw error
  }
}

/** Each action and the text it needs (the API asks for it too). */
const ACTIONS = { accept: "instructions", refuse: "reason", received: null } as const
type Action = keyof typeof ACTIONS

export async function action({ request, url, params }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { token, session } = await requireSeller(request, url, lang)
  const form = await request.formData()
  const intent = formIntent(form, Object.keys(ACTIONS) as Action[])
  const field = ACTIONS[intent]
  const body: Record<string, string> = {}
  const errors: Partial<Record<"instructions" | "reason", MessageKey>> = {}
  if (field) {
    body[field] = String(form.get(field) ?? "").trim()
    if (body[field].length < 3) errors[field] = "error.required"
  }
  if (Object.keys(errors).length) return data({ errors, refusal: null }, { status: 400, headers: privateNoStore })
  try {
    await sellerApi(token, `/sellers/me/returns/${encodeURIComponent(params.id)}/${intent}`, { method: "POST", body })
  } catch (error) {
    return data({ errors, refusal: refusal(error, lang) }, { status: 400, headers: privateNoStore })
  }
  session.flash("flash", { kind: "success", key: "returns.seller.updated" })
  return redirect(url.pathname, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

/** The seller's two decisions on a request, each with the text it needs. */
const DECISIONS = [
  {
    intent: "accept",
    field: "instructions",
    label: "returns.seller.accept",
    fieldLabel: "returns.seller.instructions",
    rows: 3,
  },
  {
    intent: "refuse",
    field: "reason",
    label: "returns.seller.refuse",
    fieldLabel: "returns.seller.refuse_reason",
    rows: 2,
  },
] as const satisfies readonly {
  intent: Action
  field: (typeof ACTIONS)[Action]
  label: MessageKey
  fieldLabel: MessageKey
  rows: number
}[]

export default function SellerReturnPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useT()
  const busy = useNavigation().state === "submitting"
  const { request } = loaderData
  const errors = actionData?.errors ?? {}
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("returns.seller.detail", { number: request.number })}</h1>
      {actionData?.refusal ? <Notice kind="error">{t("seller.refused", { reason: actionData.refusal })}</Notice> : null}
      <ReturnRequestFacts request={request} viewer="seller" />
      <div className="seller-actions">
        {request.can_decide
          ? DECISIONS.map((decision) => (
              <IntentForm
                key={decision.intent}
                intent={decision.intent}
                label={t(decision.label)}
                primary={decision.intent === "accept"}
                busy={busy}
              >
                <TextField
                  name={decision.field}
                  label={t(decision.fieldLabel)}
                  rows={decision.rows}
                  maxLength={1000}
                  required
                  error={errors[decision.field]}
                />
              </IntentForm>
            ))
          : null}
        {request.can_receive ? (
          <IntentForm intent="received" label={t("returns.seller.received")} primary busy={busy}>
            <p className="hint">{t("returns.seller.received_hint")}</p>
          </IntentForm>
        ) : null}
      </div>
    </>
  )
}
