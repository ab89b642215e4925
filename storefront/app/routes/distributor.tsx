import { data, Form, Link } from "react-router"
import type { Route } from "./+types/distributor"
import { Money, Notice, RowAction, TextField } from "../components/ui"
import { formatDate, langFromPath, translate, useT } from "../i18n"
import { translateWholesale, useWholesaleT, type WholesaleKey } from "../i18n/wholesale"
import { requireCustomer } from "../lib/customer.server"
import {
  getDistributor,
  getInvitations,
  refusalMessage,
  wholesaleApi,
  type Approval,
  type Invitation,
} from "../lib/distributor.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { authHeaders, sdk } from "../lib/medusa.server"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export function meta({ location }: Route.MetaArgs) {
  const lang = langFromPath(location.pathname)
  return [
    { title: `${translateWholesale(lang, "distributor.title")} — ${translate(lang, "site.name")}` },
    { name: "robots", content: "noindex" },
  ]
}

export async function loader({ request, url }: Route.LoaderArgs) {
  const { token } = await requireCustomer(request, url, langFromPath(url.pathname))
  const [distributor, invitations] = await Promise.all([getDistributor(token), getInvitations(token)])
  if (!distributor)
    return data(
      { distributor: null, invitations, approvals: [] as Approval[], orders: [] },
      { headers: privateNoStore },
    )
  const canDecide = distributor.member.role !== "accountant" && distributor.company.status === "verified"
  const [{ approvals }, { orders }] = await Promise.all([
    canDecide
      ? wholesaleApi<{ approvals: Approval[] }>(token, "/store/distributors/me/approvals")
      : Promise.resolve({ approvals: [] as Approval[] }),
    sdk.store.order.list({ limit: 5, fields: "id,display_id,created_at,total,currency_code" }, authHeaders(token)),
  ])
  return data(
    {
      distributor,
      invitations,
      approvals,
      orders: orders.map((o) => ({
        id: o.id,
        display_id: o.display_id,
        created_at: o.created_at as string,
        total: Number(o.total),
      })),
    },
    { headers: privateNoStore },
  )
}

export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { token, session } = await requireCustomer(request, url, langFromPath(url.pathname))
  const form = await request.formData()
  const intent = formIntent(form, [
    "add_member",
    "request_approval",
    "accept_invitation",
    "decline_invitation",
    "remove_member",
    "approve",
    "reject",
  ])
  const id = encodeURIComponent(String(form.get("id") ?? ""))
  try {
    if (intent === "add_member") {
      const limit = String(form.get("spending_limit") ?? "").replace(/[.\s,₫đ]/g, "")
      await wholesaleApi(token, "/store/distributors/me/members", {
        method: "POST",
        body: {
          email: String(form.get("email") ?? "").trim(),
          role: String(form.get("role") ?? ""),
          ...(limit ? { spending_limit: Number(limit) } : {}),
        },
      })
    } else if (intent === "request_approval") {
      await wholesaleApi(token, "/store/distributors/me/approvals", {
        method: "POST",
        body: { cart_id: session.get("cartId") ?? "" },
      })
    } else if (intent === "accept_invitation") {
      await wholesaleApi(token, `/store/distributors/invitations/${id}/accept`, { method: "POST" })
    } else if (intent === "decline_invitation") {
      await wholesaleApi(token, `/store/distributors/invitations/${id}/decline`, { method: "POST" })
    } else if (intent === "remove_member") {
      await wholesaleApi(token, `/store/distributors/me/members/${id}`, { method: "DELETE" })
    } else if (intent === "approve") {
      await wholesaleApi(token, `/store/distributors/me/approvals/${id}/approve`, { method: "POST" })
    } else {
      await wholesaleApi(token, `/store/distributors/me/approvals/${id}/reject`, {
        method: "POST",
        body: { reason: String(form.get("reason") ?? "") },
      })
    }
  } catch (error) {
    return data({ message: refusalMessage(error, lang) }, { status: 400, headers: privateNoStore })
  }
  return data({ message: null }, { headers: privateNoStore })
}

export default function Distributor({ loaderData, actionData }: Route.ComponentProps) {
  const w = useWholesaleT()
  const { href, lang } = useT()
  const { distributor, invitations, approvals, orders } = loaderData
  if (!distributor) {
    return (
      <>
        <h1>{w("distributor.title")}</h1>
        {actionData?.message ? <Notice kind="error">{actionData.message}</Notice> : null}
        <Invitations invitations={invitations} />
        <p>{w("distributor.not_member")}</p>
        <p>
          <Link className="button primary" to={href("/distributor/register")}>
            {w("distributor.register")}
          </Link>
        </p>
      </>
    )
  }
  const { company, member, members } = distributor
  const approver = member.role === "approver"
  return (
    <>
      <h1>{company.name}</h1>
      {actionData?.message ? <Notice kind="error">{actionData.message}</Notice> : null}
      <p className="distributor-status">
        {w("distributor.status")}: <strong>{w(`distributor.status.${company.status}` as WholesaleKey)}</strong> · MST{" "}
        {company.tax_code}
      </p>
      {company.rejection_reason ? (
        <p>{w("distributor.rejection_reason", { reason: company.rejection_reason })}</p>
      ) : null}
      <Invitations invitations={invitations} />
      {company.status === "verified" ? (
        <p>
          <Link className="button primary" to={href("/distributor/bulk")}>
            {w("distributor.bulk")}
          </Link>
        </p>
      ) : null}

      <h2>{w("distributor.members")}</h2>
      <ul className="member-list">
        {members.map((m) => (
          <li key={m.id}>
            {m.email} · {w(`distributor.role.${m.role}` as WholesaleKey)}
            {m.role === "buyer" ? (
              <> · {m.spending_limit === null ? w("distributor.no_limit") : <Money amount={m.spending_limit} />}</>
            ) : null}
            {m.invited ? <em className="member-invited"> · {w("distributor.invited")}</em> : null}
            {approver && m.id !== member.id ? (
              <RowAction
                intent="remove_member"
                id={m.id}
                label={w("distributor.remove")}
                buttonClass="button small link"
              />
            ) : null}
          </li>
        ))}
      </ul>
      {approver ? (
        <Form method="post" className="narrow" noValidate>
          <h3>{w("distributor.add_member")}</h3>
          <input type="hidden" name="intent" value="add_member" />
          <TextField name="email" type="email" label={w("distributor.member_email")} required />
          <div className="field">
            <label htmlFor="f-role">{w("distributor.role")}</label>
            <select id="f-role" name="role" defaultValue="buyer">
              {(["buyer", "approver", "accountant"] as const).map((role) => (
                <option key={role} value={role}>
                  {w(`distributor.role.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <TextField name="spending_limit" inputMode="numeric" label={w("distributor.spending_limit")} />
          <button type="submit" className="button">
            {w("distributor.add_member")}
          </button>
        </Form>
      ) : null}

      {company.status === "verified" && member.role !== "accountant" ? (
        <>
          <h2>{w("distributor.approvals")}</h2>
          {member.role === "buyer" && member.spending_limit !== null ? (
            <Form method="post">
              <input type="hidden" name="intent" value="request_approval" />
              <p className="hint">{w("distributor.approval_frozen")}</p>
              <button type="submit" className="button">
                {w("distributor.request_approval")}
              </button>
            </Form>
          ) : null}
          {approvals.length ? (
            <ul className="approval-list">
              {approvals.map((a) => (
                <li key={a.id}>
                  <Money amount={a.amount} /> · {w("distributor.approval_lines", { count: a.lines.length })} ·{" "}
                  {formatDate(a.created_at, lang, true)} ·{" "}
                  <span data-testid={`approval-status-${a.id}`}>
                    {w(`distributor.approval_status.${a.status}` as WholesaleKey)}
                  </span>
                  {a.reason ? ` · ${a.reason}` : ""}
                  {approver && a.status === "pending" ? (
                    <>
                      <RowAction
                        intent="approve"
                        id={a.id}
                        label={w("distributor.approve")}
                        buttonClass="button small primary"
                      />
                      <Form method="post" className="inline" noValidate>
                        <input type="hidden" name="intent" value="reject" />
                        <input type="hidden" name="id" value={a.id} />
                        <input
                          name="reason"
                          aria-label={w("distributor.reason")}
                          placeholder={w("distributor.reason")}
                          required
                          minLength={3}
                        />
                        <button type="submit" className="button small">
                          {w("distributor.reject")}
                        </button>
                      </Form>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{w("distributor.no_approvals")}</p>
          )}
        </>
      ) : null}

      {company.status === "verified" && orders.length ? (
        <>
          <h2>{w("distributor.recent_orders")}</h2>
          <ul>
            {orders.map((o) => (
              <li key={o.id}>
                #{o.display_id} · {formatDate(o.created_at, lang)} · <Money amount={o.total} /> ·{" "}
                <Link to={`${href("/distributor/bulk")}?reorder=${encodeURIComponent(o.id)}`}>
                  {w("distributor.reorder")}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}

/** Invitations to the signed-in customer's e-mail: nobody joins a company without accepting here. */
function Invitations({ invitations }: { invitations: Invitation[] }) {
  const w = useWholesaleT()
  if (!invitations.length) return null
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{w("distributor.invitations")}</h2>
      <ul className="invitation-list">
        {invitations.map((invitation) => (
          <li key={invitation.id} data-testid={`invitation-${invitation.id}`}>
            {w("distributor.invitation", {
              company: invitation.company.name,
              role: w(`distributor.role.${invitation.role}` as WholesaleKey),
            })}
            {invitation.spending_limit !== null ? (
              <>
                {" · "}
                {w("distributor.invitation_limit")} <Money amount={invitation.spending_limit} />
              </>
            ) : null}
            {invitation.company.status !== "verified" ? <em> · {w("distributor.invitation_unverified")}</em> : null}
            <RowAction
              intent="accept_invitation"
              id={invitation.id}
              label={w("distributor.accept")}
              buttonClass="button small primary"
            />
            <RowAction intent="decline_invitation" id={invitation.id} label={w("distributor.decline")} />
          </li>
        ))}
      </ul>
    </section>
  )
}
