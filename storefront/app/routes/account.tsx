import { data, Form, Link } from "react-router"
import type { Route } from "./+types/account"
import { langFromPath, useT } from "../i18n"
import { customerDisplayName, requireCustomer } from "../lib/customer.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { formatVietnamesePhone } from "../lib/validation"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("account.title")

export async function loader({ request, url }: Route.LoaderArgs) {
  const { customer } = await requireCustomer(request, url, langFromPath(url.pathname))
  return data(
    {
      name: customerDisplayName(customer),
      email: customer.email,
      phone: customer.phone ? formatVietnamesePhone(customer.phone) : null,
      addressCount: customer.addresses?.length ?? 0,
    },
    { headers: privateNoStore },
  )
}

export default function Account({ loaderData }: Route.ComponentProps) {
  const { t, href } = useT()
  return (
    <>
      <h1>{t("account.title")}</h1>
      <p>{t("account.hello", { name: loaderData.name })}</p>
      <dl className="facts">
        <dt>{t("checkout.email")}</dt>
        <dd>{loaderData.email}</dd>
        {loaderData.phone ? (
          <>
            <dt>{t("address.phone")}</dt>
            <dd>{loaderData.phone}</dd>
          </>
        ) : null}
      </dl>
      <ul className="tile-list">
        <li>
          <Link to={href("/account/orders")} className="tile">
            <span className="tile-title">{t("account.orders")}</span>
          </Link>
        </li>
        <li>
          <Link to={href("/account/messages")} className="tile">
            <span className="tile-title">{t("messages.title")}</span>
          </Link>
        </li>
        <li>
          <Link to={href("/account/quotes")} className="tile">
            <span className="tile-title">{t("quotes.title")}</span>
          </Link>
        </li>
        <li>
          <Link to={href("/account/addresses")} className="tile">
            <span className="tile-title">{t("account.addresses")}</span>
            <span className="tile-count">{t("account.address_count", { count: loaderData.addressCount })}</span>
          </Link>
        </li>
        <li>
          <Link to={href("/account/notifications")} className="tile">
            <span className="tile-title">{t("notifications.title")}</span>
          </Link>
        </li>
      </ul>
      <Form method="post" action={href("/account/logout")}>
        <button type="submit" className="button secondary">
          {t("account.sign_out")}
        </button>
      </Form>
    </>
  )
}
