import { data, Link } from "react-router"
import type { Route } from "./+types/events"
import { Breadcrumbs } from "../components/ui"
import { EventWhen } from "../components/EventWhen"
import { langFromPath, intlLocale, translate, useT } from "../i18n"
import type { TradeEvent } from "@ocop/reference"
import { listUpcomingEvents, vietnamMonth } from "../lib/events.server"
import { cacheHeaders, publicCache, publicOrigin } from "../lib/http.server"
import { buildSeo, seoMeta } from "../lib/seo"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

/** The events calendar: live and upcoming trade fairs, exhibitions and live selling sessions, by month. */
export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const events = await listUpcomingEvents()
  const months = new Map<string, TradeEvent[]>()
  for (const event of events) {
    const month = vietnamMonth(event.starts_at)
    months.set(month, [...(months.get(month) ?? []), event])
  }
  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: translate(lang, "events.title"),
    description: translate(lang, "events.description"),
  })
  return data({ seo, months: [...months].map(([month, list]) => ({ month, events: list })) }, { headers: publicCache })
}

export default function EventsPage({ loaderData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(intlLocale(lang), { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${month}-15T00:00:00Z`),
    )
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), to: href("/") }, { label: t("events.heading") }]} />
      <h1>{t("events.heading")}</h1>
      <p className="intro">{t("events.intro")}</p>
      {loaderData.months.length ? null : <p>{t("events.none")}</p>}
      {loaderData.months.map(({ month, events }) => (
        <section key={month} className="events-month" aria-labelledby={`m-${month}`}>
          <h2 id={`m-${month}`}>{monthName(month)}</h2>
          <ul className="events-list">
            {events.map((event) => (
              <li key={event.id} className={`event-card ${event.status}`}>
                <p className="event-kind">
                  {t(`events.kind.${event.kind}`)}
                  {event.status === "live" ? <strong className="live-badge"> · {t("events.live_now")}</strong> : null}
                </p>
                <h3>
                  <Link to={href(`/events/${event.handle}`)}>{event.title}</Link>
                </h3>
                <EventWhen startsAt={event.starts_at} endsAt={event.ends_at} />
                {event.place ? <p className="small">{event.place}</p> : null}
                {event.province ? <p className="small">{event.province}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
