import { data, Form, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/seller.members"
import { SellerNav } from "../components/SellerNav"
import { FieldError, Notice, TextField } from "../components/ui"
import { formatDate, langFromPath, useT, type MessageKey } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { refusal, requireSeller, sellerApi, type SellerMember, type SellerRole } from "../lib/seller.server"
import { commitSession } from "../lib/session.server"
import { isEmail } from "../lib/validation"
import { privatePageMeta } from "../lib/seo"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export const meta = privatePageMeta("seller.members")

type Invite = { id: string; email: string; role: SellerRole; expires_at: string }
const INVITE_ROLES = ["staff", "accountant"] as const

/** Members and invitations are the owner's business (the API answers 403 to the others). */
async function requireOwner(request: Request, url: URL) {
  const seller = await requireSeller(request, url, langFromPath(url.pathname))
  if (seller.member.role !== "owner") throw data(null, { status: 403 })
  return seller
}

export async function loader({ request, url }: Route.LoaderArgs) {
  const { token, seller, member } = await requireOwner(request, url)
  const { members, invites } = await sellerApi<{ members: SellerMember[]; invites: Invite[] }>(
    token,
    "/sellers/me/members",
  )
  return data({ sellerName: seller.legal_name, me: member.id, members, invites }, { headers: privateNoStore })
}

type Errors = { email?: MessageKey; role?: MessageKey }

export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { token, session } = await requireOwner(request, url)
  const form = await request.formData()
  if (formIntent(form, ["invite", "remove"]) === "remove") {
    try {
      await sellerApi(token, `/sellers/me/members/${encodeURIComponent(String(form.get("member_id") ?? ""))}`, {
        method: "DELETE",
      })
    } catch (error) {
      return data(
        { refusal: refusal(error, lang), errors: {} as Errors, token: null, email: "" },
        { status: 400, headers: privateNoStore },
      )
    }
    session.flash("flash", { kind: "success", key: "seller.member_removed" })
    return redirect(url.pathname, { headers: { "Set-Cookie": await commitSession(request, session) } })
  }
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
  const role = String(form.get("role") ?? "")
  const errors: Errors = {}
  if (!email) errors.email = "error.required"
  else if (!isEmail(email)) errors.email = "error.email.invalid"
  if (!(INVITE_ROLES as readonly string[]).includes(role)) errors.role = "error.required"
  if (Object.keys(errors).length)
    return data({ refusal: null, errors, token: null, email }, { status: 400, headers: privateNoStore })
  try {
    const { invite } = await sellerApi<{ invite: { token: string } }>(token, "/sellers/me/invites", {
      method: "POST",
      body: { email, role },
    })
    // The invitee needs this code to join (POST /sellers/invites/accept): shown once, here.
    return data({ refusal: null, errors, token: invite.token, email }, { headers: privateNoStore })
  } catch (error) {
    return data({ refusal: refusal(error, lang), errors, token: null, email }, { status: 400, headers: privateNoStore })
  }
}

export default function SellerMembers({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang } = useT()
  const busy = useNavigation().state === "submitting"
  const errors = actionData?.errors ?? {}
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("seller.members")}</h1>
      {actionData?.refusal ? <Notice kind="error">{t("seller.refused", { reason: actionData.refusal })}</Notice> : null}
      {actionData?.token ? (
        <Notice kind="success">
          {t("seller.invite_sent", { email: actionData.email })}{" "}
          <code data-testid="invite-token">{actionData.token}</code>
        </Notice>
      ) : null}
      <table className="data-table" data-testid="members">
        <thead>
          <tr>
            <th scope="col">{t("checkout.email")}</th>
            <th scope="col">{t("seller.role")}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {loaderData.members.map((member) => (
            <tr key={member.id}>
              <td>{member.email}</td>
              <td>{t(`seller.role.${member.role}`)}</td>
              <td>
                {member.id === loaderData.me ? null : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="member_id" value={member.id} />
                    <button type="submit" className="button secondary" disabled={busy}>
                      {t("seller.member_remove")}
                    </button>
                  </Form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {loaderData.invites.length ? (
        <>
          <h2>{t("seller.invites_open")}</h2>
          <ul data-testid="invites">
            {loaderData.invites.map((invite) => (
              <li key={invite.id}>
                {invite.email} — {t(`seller.role.${invite.role}`)} (
                {t("seller.invite_expires", { date: formatDate(invite.expires_at, lang) })})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t("seller.invite")}</h2>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="invite" />
        <TextField
          name="email"
          type="email"
          label={t("checkout.email")}
          required
          defaultValue={actionData?.token ? "" : actionData?.email}
          error={errors.email}
        />
        <div className={errors.role ? "field has-error" : "field"}>
          <label htmlFor="f-role">{t("seller.role")}</label>
          <select id="f-role" name="role" defaultValue="staff">
            {INVITE_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`seller.role.${role}`)}
              </option>
            ))}
          </select>
          <FieldError id="f-role-error" error={errors.role} />
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          {t("seller.invite_send")}
        </button>
      </Form>
    </>
  )
}
