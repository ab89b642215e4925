import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/event"
import { EventWhen } from "../components/EventWhen"
import { ProductGrid } from "../components/ProductCard"
import { RatingLine } from "../components/Reviews"
import { Breadcrumbs, FieldError, Money, ProductImage, Stars } from "../components/ui"
import { intlLocale, langFromPath, localePath, translate, useT } from "../i18n"
import { addItem } from "../lib/cart.server"
import { getProductsById } from "../lib/products.server"
import { getEvent } from "../lib/events.server"
import { followState } from "../lib/follows.server"
import { FollowButton } from "../components/FollowButton"
import { cacheHeaders, privateNoStore, publicOrigin } from "../lib/http.server"
import { toCard } from "../lib/products"
import { buildSeo, seoMeta } from "../lib/seo"
import { commitSession, getSession } from "../lib/session.server"
import { LiveCountdown } from "../components/LiveCountdown"
import { LiveStream } from "../components/LiveStream"
import { sessionPrice } from "../lib/live"
import { formatMoney } from "../lib/money"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

/**
 * One event. A live selling session sells its featured products from the page while it runs
 * (between its start and end); before, the page says when it starts, after, that it ended. Not
 * cached: the live state changes with the clock.
 */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const event = await getEvent(params.handle)
  if (!event) throw data(null, { status: 404 })
  const lang = langFromPath(url.pathname)
  // A live session shows its pinned products first (in the cooperatives' order, with their session
  // price), then the office's featured products.
  const pins = new Map(event.pins.map((pin) => [pin.product_id, pin.discount]))
  const shown = [...new Set([...event.pins.map((pin) => pin.product_id), ...event.product_ids])]
  const [products, followId] = await Promise.all([
    getProductsById(shown),
    getSession(request).then((session) => followState(session, "event", event.id)),
  ])
  const featured = shown.flatMap((id) => {
    const product = products.get(id)
    return product ? [{ ...toCard(product, lang), discount: pins.get(id) ?? null }] : []
  })
  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: translate(lang, "events.page_title", { title: event.title }),
    description: event.description ?? translate(lang, "events.description"),
  })
  return data(
    { seo, event, featured, followId, returnTo: url.pathname, now: new Date().toISOString() },
    { headers: privateNoStore },
  )
}

/** Add to cart from a live session: only while it is live (the event is read again). */
export async function action({ request, params, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const event = await getEvent(params.handle)
  if (!event) throw data(null, { status: 404 })
  const form = await request.formData()
  const productId = form.get("product_id")
  if (
    event.kind !== "live" ||
    event.status !== "live" ||
    typeof productId !== "string" ||
    !(event.product_ids.includes(productId) || event.pins.some((pin) => pin.product_id === productId))
  ) {
    return data({ error: { productId, key: "events.not_live" as const } }, { status: 400, headers: privateNoStore })
  }
  const session = await getSession(request)
  const variantId = form.get("variant_id")
  const result = await addItem(session, {
    productId,
    variantId,
    quantity: form.get("quantity") ?? "1",
    expectedPrice: typeof variantId === "string" ? form.get(`price_${variantId}`) : null,
    // The line remembers the session it was added from: the session's orders are counted by it.
    liveSessionId: event.id,
  })
  if (!result.ok) {
    return data(
      { error: { productId, key: result.error.key } },
      { status: 400, headers: { ...privateNoStore, "Set-Cookie": await commitSession(request, session) } },
    )
  }
  session.flash("flash", { kind: "success", key: "cart.added", params: { count: session.get("cartCount") ?? 0 } })
  return redirect(localePath(lang, `/events/${params.handle}`), {
    headers: { "Set-Cookie": await commitSession(request, session) },
  })
}

export default function EventPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const { event, featured } = loaderData
  const selling = event.kind === "live" && event.status === "live"
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), to: href("/") },
          { label: t("events.heading"), to: href("/events") },
          { label: event.title },
        ]}
      />
      <section className={`event-hero ${event.status}`} aria-labelledby="event-heading">
        <p className="event-kind">{t(`events.kind.${event.kind}`)}</p>
        <h1 id="event-heading">{event.title}</h1>
        <p className="event-status" data-testid="event-status">
          {event.status === "live" ? (
            <strong className="live-badge">{t(event.kind === "live" ? "events.live_now" : "events.open_now")}</strong>
          ) : event.status === "upcoming" ? (
            t("events.starts_later")
          ) : (
            t("events.ended")
          )}
        </p>
        <EventWhen startsAt={event.starts_at} endsAt={event.ends_at} />
        {event.kind === "live" ? (
          <LiveCountdown startsAt={event.starts_at} endsAt={event.ends_at} now={loaderData.now} />
        ) : null}
        {event.status !== "ended" ? (
          <FollowButton targetType="event" targetId={event.id} followId={loaderData.followId} />
        ) : null}
        {event.place ? <p>{t("events.place", { place: event.place })}</p> : null}
        {event.province ? <p>{t("events.province", { province: event.province })}</p> : null}
        <LiveStream
          title={event.title}
          streamUrl={event.stream_url}
          embedUrl={event.stream_embed?.embed_url}
          prominent={selling}
        />
        {event.description ? event.description.split(/\n{2,}/).map((paragraph, i) => <p key={i}>{paragraph}</p>) : null}
      </section>

      {event.producers.length ? (
        <section aria-labelledby="producers-heading">
          <h2 id="producers-heading">{t("events.producers")}</h2>
          <ul className="showcase-producers">
            {event.producers.map((p) => (
              <li key={p.id}>
                {p.legal_name} ({p.province})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {featured.length ? (
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading">{t(selling ? "live.pinned" : "events.featured")}</h2>
          {selling && featured.some((card) => card.discount) ? <p className="hint">{t("live.price_note")}</p> : null}
          {selling ? (
            <ul className="live-products">
              {featured.map((card) => (
                <li key={card.id} className="live-product">
                  <ProductImage
                    image={card.thumbnail ? { url: card.thumbnail, srcSet: null, width: null, height: null } : null}
                    alt={card.title}
                    sizes="120px"
                    width={120}
                    height={120}
                  />
                  <div>
                    <Link to={href(`/products/${card.handle}`)}>{card.title}</Link>
                    {card.stars ? <Stars stars={card.stars} compact /> : null}
                    <RatingLine rating={card.rating} />
                    {card.isService ? (
                      // A booking needs a dated slot: chosen on the product page.
                      <Link className="button primary" to={href(`/products/${card.handle}`)}>
                        {t("tourism.slots.title")}
                      </Link>
                    ) : card.variantId && card.stock !== "out_of_stock" ? (
                      <Form method="post" className="live-buy">
                        <input type="hidden" name="product_id" value={card.id} />
                        <input type="hidden" name="variant_id" value={card.variantId} />
                        <input type="hidden" name={`price_${card.variantId}`} value={card.price ?? ""} />
                        <input type="hidden" name="quantity" value="1" />
                        {card.discount && card.price != null ? (
                          <span className="live-price" data-testid="live-price">
                            {card.variantTitle} · {t("live.session_price")}{" "}
                            <strong>
                              <Money amount={sessionPrice(card.price, card.discount)} currency={card.currency} />
                            </strong>{" "}
                            <s aria-label={t("live.regular_price")}>
                              <Money amount={card.price} currency={card.currency} />
                            </s>{" "}
                            <span className="live-discount">
                              (
                              {card.discount.type === "percentage"
                                ? t("live.discount.percentage", { value: card.discount.value })
                                : t("live.discount.fixed", {
                                    amount: formatMoney(card.discount.value, card.currency ?? "vnd", intlLocale(lang)),
                                  })}
                              )
                            </span>
                          </span>
                        ) : (
                          <span>
                            {card.variantTitle} · <Money amount={card.price} currency={card.currency} />
                          </span>
                        )}
                        <button type="submit" className="button primary">
                          {t("cart.add")}
                        </button>
                      </Form>
                    ) : (
                      <p className="stock out">{t("product.sold_out")}</p>
                    )}
                    {actionData?.error?.productId === card.id ? (
                      <FieldError id={`err-${card.id}`} error={actionData.error.key} />
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <ProductGrid cards={featured} returnTo={loaderData.returnTo} label={t("events.featured")} />
          )}
        </section>
      ) : null}
    </>
  )
}
