import { Form, NavLink, useRouteLoaderData } from "react-router"
import { useT } from "../i18n"
import type { loader as rootLoader } from "../root"

/** The seller portal's sections and sign-out, above every portal page. */
export function SellerNav({ sellerName }: { sellerName: string }) {
  const { t, href } = useT()
  // The root loader reads the seller's unread count on portal pages (one call per request).
  const unread = useRouteLoaderData<typeof rootLoader>("root")?.unread ?? null
  return (
    <nav aria-label={t("seller.nav")} className="seller-nav">
      <p className="seller-name">{sellerName}</p>
      <ul className="inline-list">
        <li>
          <NavLink to={href("/seller")} end>
            {t("seller.dashboard")}
          </NavLink>
        </li>
        <li>
          <NavLink to={href("/seller/products")}>{t("seller.products")}</NavLink>
        </li>
        <li>
          <NavLink to={href("/seller/gtins")}>{t("seller.gtins")}</NavLink>
        </li>
        <li>
          <NavLink to={href("/seller/lots")}>{t("seller.lots")}</NavLink>
        </li>
        <li>
          <NavLink to={href("/seller/orders")}>{t("seller.orders")}</NavLink>
        </li>
        <li>
          <NavLink to={href("/seller/returns")}>{t("returns.seller.title")}</NavLink>
        </li>
        <li>
          <NavLink to={href("/seller/tourism")}>{t("tourism.seller.nav")}</NavLink>
        </li>
        <li>
          <NavLink to={href("/seller/live")}>{t("live.seller.nav")}</NavLink>
        </li>
        <li>
          <NavLink to={href("/seller/quotes")}>{t("quotes.title")}</NavLink>
        </li>
        <li>
          <NavLink to={href("/seller/messages")}>{t("messages.title")}</NavLink>
          <NavLink to={href("/seller/reviews")}>{t("seller.reviews")}</NavLink>
        </li>
        <li>
          <NavLink to={href("/seller/payouts")}>{t("seller.payouts")}</NavLink>
        </li>
        <li>
          <NavLink to={href("/seller/members")}>{t("seller.members")}</NavLink>
        </li>
        <li>
          <NavLink to={href("/seller/notifications")} className="notifications-link">
            {t("nav.notifications")}
            {unread !== null ? <span className="unread-count"> ({unread})</span> : null}
          </NavLink>
        </li>
      </ul>
      <Form method="post" action={href("/seller/logout")}>
        <button type="submit" className="button secondary">
          {t("seller.sign_out")}
        </button>
      </Form>
    </nav>
  )
}
