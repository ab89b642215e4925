import {
  data,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useNavigation,
  useRouteLoaderData,
} from "react-router"
import { useEffect, useRef } from "react"
import type { Route } from "./+types/root"
import { isMessageKey, langFromPath, switchLangPath, translate, useT, type Lang } from "./i18n"
import { assertSameOrigin } from "./lib/csrf.server"
import { errorPageText } from "./lib/error-page"
import { applyCachePolicy } from "./lib/http.server"
import { unreadCount } from "./lib/notifications.server"
import { commitSession, getSession, hasSessionCookie, type AppSession, type Flash } from "./lib/session.server"
import { SearchBox } from "./components/SearchBox"
import { Notice } from "./components/ui"
import "./styles.css"

/**
 * Every request passes here: state-changing ones must come from this site (CSRF), and every
 * response gets its final cache policy (public only for anonymous catalogue pages).
 */
export const middleware: Route.MiddlewareFunction[] = [
  async ({ request }, next) => {
    assertSameOrigin(request)
    const response = await next()
    return applyCachePolicy(request, response)
  },
]

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  if (!hasSessionCookie(request)) {
    return {
      lang,
      customerName: null as string | null,
      cartCount: 0,
      unread: null as number | null,
      flash: null as Flash | null,
    }
  }
  const session = await getSession(request)
  const flash = session.get("flash") ?? null
  const payload = {
    lang,
    customerName: session.get("customerName") ?? null,
    cartCount: session.get("cartCount") ?? 0,
    unread: await unreadFor(session, url),
    flash,
  }
  // Reading a flash message consumes it: save the session without it.
  return flash ? data(payload, { headers: { "Set-Cookie": await commitSession(request, session) } }) : payload
}

/**
 * The signed-in reader's unread notifications for the header (a customer, a distributor's member)
 * or the seller portal's nav (a seller member, on portal pages): one cheap call, never cached;
 * null when nobody is signed in or the count cannot be read (the page still shows).
 */
async function unreadFor(session: AppSession, url: URL): Promise<number | null> {
  const onPortal = /^\/(en\/)?seller(\/|$)/.test(url.pathname)
  const sellerToken = session.get("sellerToken")
  const token = session.get("token")
  const reader = onPortal && sellerToken ? "seller" : token ? "customer" : null
  if (!reader) return null
  return unreadCount(reader, (reader === "seller" ? sellerToken : token)!).catch(() => null)
}

/** Pages set their own title; an error page (404, 403, …) shown by the root gets one in the page's language. */
export function meta({ error, location }: Route.MetaArgs) {
  return error ? [{ title: errorPageText(error, langFromPath(location.pathname)).title }] : []
}

// The root's data changes only with the session: after form posts, not on every link.
export function shouldRevalidate({
  formMethod,
  defaultShouldRevalidate,
}: {
  formMethod?: string
  defaultShouldRevalidate: boolean
}) {
  return formMethod && formMethod !== "GET" ? true : defaultShouldRevalidate
}

/** A star on green, inline: no extra request for a favicon on a slow connection. */
const FAVICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f6f43"/><path d="M16 5l3.2 7 7.6.8-5.7 5.1 1.6 7.5L16 21.6 9.3 25.4l1.6-7.5-5.7-5.1 7.6-.8z" fill="#ffd86b"/></svg>',
  )

export function Layout({ children }: { children: React.ReactNode }) {
  const { pathname } = useLocation()
  const lang = langFromPath(pathname)
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1f6f43" />
        <link rel="icon" href={FAVICON} />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {translate(lang, "nav.skip")}
        </a>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

function Header() {
  const { t, href, lang } = useT()
  const root = useRouteLoaderData<typeof loader>("root")
  const { pathname, search } = useLocation()
  const other: Lang = lang === "vi" ? "en" : "vi"
  return (
    <header className="site-header">
      <div className="header-row">
        <Link to={href("/")} className="brand">
          <span className="brand-mark" aria-hidden="true">
            ★
          </span>{" "}
          {t("site.name")}
        </Link>
        <nav aria-label={t("nav.main")} className="header-nav">
          <NavLink to={href("/account")}>
            {root?.customerName ? t("nav.account_named", { name: root.customerName }) : t("nav.account")}
          </NavLink>
          {root?.customerName && root.unread !== null ? (
            <NavLink to={href("/account/notifications")} className="notifications-link">
              {t("nav.notifications")} <span className="unread-count">({root.unread})</span>
            </NavLink>
          ) : null}
          <NavLink to={href("/cart")} className="cart-link">
            {t("nav.cart")} <span className="cart-count">({root?.cartCount ?? 0})</span>
          </NavLink>
          <Link
            to={switchLangPath(pathname, search, other)}
            hrefLang={other}
            lang={other}
            className="lang-switch"
            aria-label={other === "en" ? "English" : "Tiếng Việt"}
          >
            {other === "en" ? "EN" : "VI"}
          </Link>
        </nav>
      </div>
      <SearchBox />
      <nav aria-label={t("nav.sections")} className="section-nav">
        <NavLink to={href("/products")} end>
          {t("nav.products")}
        </NavLink>
        <Link to={href("/products?stars=5")}>{t("nav.five_star")}</Link>
        <NavLink to={href("/provinces")}>{t("nav.provinces")}</NavLink>
        <NavLink to={href("/events")}>{t("nav.events")}</NavLink>
        <NavLink to={href("/ocop")}>{t("nav.ocop")}</NavLink>
      </nav>
    </header>
  )
}

function FlashNotice() {
  const { t } = useT()
  const root = useRouteLoaderData<typeof loader>("root")
  const flash = root?.flash
  if (!flash || !isMessageKey(flash.key)) return null
  return <Notice kind={flash.kind}>{t(flash.key, flash.params)}</Notice>
}

function Footer() {
  const { t, href } = useT()
  return (
    <footer className="site-footer">
      <p>{t("footer.promise")}</p>
      <p>
        <Link to={href("/ocop")}>{t("nav.ocop")}</Link> ·{" "}
        <Link to={href("/ocop/verify")}>{t("ocop.verify.title")}</Link> ·{" "}
        <Link to={href("/products")}>{t("nav.products")}</Link>
      </p>
      <p className="small">{t("footer.cod")}</p>
    </footer>
  )
}

/**
 * A form sent with JavaScript that comes back with errors shows them where they are seen: a
 * notice above the form takes the focus itself (Notice); otherwise the first field in error takes
 * it, which scrolls it into view and has it read out with its message.
 */
function useFocusFirstError() {
  const navigation = useNavigation()
  const sent = useRef(false)
  useEffect(() => {
    if (navigation.state === "submitting") sent.current = true
    if (navigation.state !== "idle" || !sent.current) return
    sent.current = false
    if (document.activeElement?.closest(".notice.error")) return
    document
      .querySelector<HTMLElement>(
        "main .has-error :is(input, select, textarea):not([type=hidden]), main [aria-invalid=true]",
      )
      ?.focus()
  }, [navigation.state])
}

export default function App() {
  const navigation = useNavigation()
  useFocusFirstError()
  return (
    <>
      <Header />
      <main id="main" className="page" tabIndex={-1} aria-busy={navigation.state !== "idle" || undefined}>
        <FlashNotice />
        <Outlet />
      </main>
      <Footer />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const { pathname } = useLocation()
  const lang = langFromPath(pathname)
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key)
  const { title, message } = errorPageText(error, lang, import.meta.env.DEV)
  return (
    <main id="main" className="page">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href={lang === "en" ? "/en" : "/"}>{t("error.home")}</a>
      </p>
    </main>
  )
}
