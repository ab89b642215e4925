import { data, Link, redirect, useLocation } from "react-router"
import type { Route } from "./+types/digital-link"
import { formatDate, langFromPath, switchLangPath, type Lang } from "../i18n"
import { slugify } from "@ocop/reference"
import { PUBLIC_CACHE, publicOrigin } from "../lib/http.server"
import { epcisResponse, getTrace, wantsEpcis, type TraceEvent, type TracePage } from "../lib/trace.server"
import { safeUrl } from "../lib/safe-url"

/**
 * GS1 Digital Link: `/01/{gtin}/10/{lot}` — the URL in the QR code on the product. A buyer's phone
 * gets a light, server-rendered page (no script needed): product, producer, OCOP certificate and
 * stars, what happened to this very lot and where, and whether its history verifies. A machine
 * asking for `application/ld+json` (or `?format=epcis`) gets the same history as EPCIS 2.0 JSON-LD.
 * Vietnamese at the label's URL, English under /en like every page (`?lang=en` redirects there:
 * the URL printed on the label has no language).
 */

const TEXT = {
  vi: {
    title: "Truy xuất nguồn gốc",
    lot: "Lô",
    gtin: "Mã GTIN",
    producer: "Chủ thể sản xuất",
    certificate: "Chứng nhận OCOP",
    stars: (n: number) => `${n} sao OCOP`,
    decision: "Quyết định",
    authority: "Cơ quan công nhận",
    validUntil: "Hiệu lực đến",
    lotFacts: "Thông tin lô hàng",
    production: "Ngày sản xuất",
    bestBefore: "Sử dụng tốt nhất trước",
    expiry: "Hạn sử dụng",
    quantity: "Số lượng sản xuất",
    origin: "Vùng nguyên liệu",
    inputs: "Nguyên liệu đầu vào",
    timeline: "Hành trình của lô hàng",
    places: "Các địa điểm",
    stepsAt: "Công đoạn",
    noEvents: "Chưa có sự kiện nào được ghi nhận cho lô này.",
    attachment: "Tài liệu",
    to: "Đến",
    from: "Từ",
    correction: (n: number) => `Đính chính cho sự kiện #${n}`,
    corrected: "Đã được đính chính bởi một sự kiện sau",
    verified: (n: number) => `Lịch sử đã được xác minh: ${n} sự kiện, không có chỉnh sửa nào sau khi ghi nhận.`,
    notVerified: "CẢNH BÁO: lịch sử của lô này đã bị thay đổi sau khi ghi nhận — không tin cậy các thông tin dưới đây.",
    brokenAt: (n: number) => `Liên kết bị hỏng đầu tiên: ${n === 0 ? "thông tin lô hàng" : `sự kiện #${n}`}.`,
    certificateInvalid: (status: string, day: string) =>
      `CẢNH BÁO: chứng nhận OCOP của sản phẩm này ${status === "revoked" ? `đã bị thu hồi ngày ${day}` : status === "expired" ? `đã hết hiệu lực từ ngày ${day}` : "không còn hiệu lực"}. Sản phẩm không được bán như sản phẩm OCOP.`,
    reason: "Lý do",
    noCertificate: "CẢNH BÁO: sản phẩm này không có chứng nhận OCOP được ghi nhận trên sàn.",
    machine: "Dữ liệu EPCIS 2.0 (JSON-LD)",
    otherLang: "English",
    notFoundTitle: "Không tìm thấy lô hàng",
    notFoundHelp:
      "Hãy kiểm tra mã GTIN và số lô in cạnh mã QR (phân biệt chữ hoa, chữ thường). Nếu bạn quét mã trên một sản phẩm mua tại cửa hàng, mã có thể thuộc một hệ thống khác hoặc sản phẩm chưa được truy xuất trên sàn OCOP.",
    invalidTitle: "Mã không hợp lệ",
    unavailable: "Dịch vụ truy xuất tạm thời không trả lời. Vui lòng thử lại sau ít phút.",
    home: "Về trang chủ",
    verifyCertificate: "Tra cứu chứng nhận OCOP",
    checkedAt: "Kiểm tra lúc",
    units: "đơn vị",
    checkedAgainst: (day: string, n: number, root: string) =>
      `Đối chiếu với bản tóm tắt công bố ngày ${day} (số ${n}, gốc Merkle ${root.slice(0, 16)}…).`,
    notInDigest: "Lô chưa có trong bản tóm tắt công bố nào (bản tóm tắt được công bố hằng ngày).",
    digestMismatch: (day: string) =>
      `Lịch sử hiện tại không còn khớp với bản tóm tắt công bố ngày ${day}: lịch sử đã bị viết lại sau khi công bố.`,
    digestLink: "Bản tóm tắt công bố",
    brokenReasons: {
      content_changed: "một sự kiện đã bị sửa",
      previous_hash_mismatch: "các sự kiện đã bị đổi thứ tự hoặc thay thế",
      sequence_gap: "một sự kiện đã bị xoá",
      event_deleted: "một sự kiện đã bị xoá",
      event_missing: "sự kiện cuối đã bị xoá",
      head_mismatch: "sự kiện cuối đã bị thay thế",
      lot_master_changed: "thông tin lô đã bị sửa",
      digest_mismatch: "lịch sử đã bị viết lại sau khi công bố",
    } as Record<string, string>,
    recordedBy: {
      seller: "Do chủ thể sản xuất ghi",
      epcis_capture: "Do chủ thể sản xuất gửi (EPCIS)",
      admin: "Do ban quản lý sàn ghi",
      authority: "Kiểm tra của cơ quan nhà nước, do ban quản lý sàn ghi nhận",
      seed: "Dữ liệu minh hoạ",
    } as Record<string, string>,
    seeProduct: "Xem sản phẩm",
    buy: "Mua sản phẩm này",
    seeProducer: "Các sản phẩm của chủ thể",
    seeCertificate: "Tra cứu quyết định công nhận",
    roles: {
      producer: "Chủ thể sản xuất",
      distributor: "Nhà phân phối",
      retailer: "Điểm bán lẻ",
      quality_control: "Kiểm tra chất lượng",
      beekeeper: "Người nuôi ong",
    } as Record<string, string>,
  },
  en: {
    title: "Product traceability",
    lot: "Lot",
    gtin: "GTIN",
    producer: "Producer",
    certificate: "OCOP certificate",
    stars: (n: number) => `${n}-star OCOP`,
    decision: "Decision",
    authority: "Recognised by",
    validUntil: "Valid until",
    lotFacts: "About this lot",
    production: "Production date",
    bestBefore: "Best before",
    expiry: "Use by",
    quantity: "Quantity produced",
    origin: "Origin of raw materials",
    inputs: "Inputs",
    timeline: "Journey of this lot",
    places: "Places",
    stepsAt: "Steps",
    noEvents: "No event has been recorded for this lot yet.",
    attachment: "Document",
    to: "To",
    from: "From",
    correction: (n: number) => `Correction of event #${n}`,
    corrected: "Corrected by a later event",
    verified: (n: number) => `History verified: ${n} events, none changed since they were recorded.`,
    notVerified:
      "WARNING: this lot's history was changed after it was recorded — do not rely on the information below.",
    brokenAt: (n: number) => `First broken link: ${n === 0 ? "the lot's master data" : `event #${n}`}.`,
    certificateInvalid: (status: string, day: string) =>
      `WARNING: this product's OCOP certificate ${status === "revoked" ? `was revoked on ${day}` : status === "expired" ? `expired on ${day}` : "is not valid"}. It must not be sold as an OCOP product.`,
    reason: "Reason",
    noCertificate: "WARNING: no OCOP certificate is recorded for this product on the marketplace.",
    machine: "EPCIS 2.0 data (JSON-LD)",
    otherLang: "Tiếng Việt",
    notFoundTitle: "Lot not found",
    notFoundHelp:
      "Check the GTIN and the lot number printed next to the QR code (letters are case-sensitive). If you scanned a product bought in a shop, the code may belong to another system, or the product is not traced on the OCOP marketplace.",
    invalidTitle: "Invalid code",
    unavailable: "The traceability service is not answering. Please try again in a few minutes.",
    home: "Home",
    verifyCertificate: "Verify an OCOP certificate",
    checkedAt: "Checked at",
    units: "units",
    checkedAgainst: (day: string, n: number, root: string) =>
      `Checked against the digest published on ${day} (no. ${n}, Merkle root ${root.slice(0, 16)}…).`,
    notInDigest: "The lot is not in a published digest yet (digests are published daily).",
    digestMismatch: (day: string) =>
      `The history no longer matches the digest published on ${day}: it was rewritten after publication.`,
    digestLink: "Published digest",
    brokenReasons: {
      content_changed: "an event was edited",
      previous_hash_mismatch: "events were reordered or replaced",
      sequence_gap: "an event was deleted",
      event_deleted: "an event was deleted",
      event_missing: "the last event was deleted",
      head_mismatch: "the last event was replaced",
      lot_master_changed: "the lot's master data was edited",
      digest_mismatch: "the history was rewritten after publication",
    } as Record<string, string>,
    recordedBy: {
      seller: "Recorded by the producer",
      epcis_capture: "Sent by the producer (EPCIS)",
      admin: "Recorded by the marketplace administration",
      authority: "Inspection by a public authority, recorded by the marketplace administration",
      seed: "Demo data",
    } as Record<string, string>,
    seeProduct: "See the product",
    buy: "Buy this product",
    seeProducer: "The producer's products",
    seeCertificate: "Check the recognition decision",
    roles: {
      producer: "Producer",
      distributor: "Distributor",
      retailer: "Retailer",
      quality_control: "Quality control",
      beekeeper: "Beekeeper",
    } as Record<string, string>,
  },
} as const

type Text = (typeof TEXT)[Lang]

/** Machines asking for JSON-LD get the EPCIS document straight away (a Response, not a page). */
export const middleware: Route.MiddlewareFunction[] = [
  async ({ request, params }, next) => {
    if (request.method === "GET" && wantsEpcis(request)) return epcisResponse(params.gtin!, params.lot!)
    return next()
  },
]

export function headers({ loaderHeaders }: Route.HeadersArgs) {
  return { "Cache-Control": loaderHeaders.get("Cache-Control") ?? "no-store", Vary: "Accept" }
}

export async function loader({ request, params }: Route.LoaderArgs) {
  // Browsers: the middleware above has already answered requests for JSON-LD.
  const url = new URL(request.url)
  const lang = langFromPath(url.pathname)
  if (url.searchParams.get("lang") === "en" && lang === "vi") {
    url.searchParams.delete("lang")
    throw redirect(switchLangPath(url.pathname, url.search, "en"))
  }
  const result = await getTrace(params.gtin, params.lot)
  const self = `${publicOrigin(request)}${url.pathname}`
  const status =
    result.kind === "found" ? 200 : result.kind === "not_found" ? 404 : result.kind === "invalid" ? 400 : 503
  return data(
    { lang, result, self, gtin: params.gtin, lot: params.lot },
    { status, headers: { "Cache-Control": status === 200 ? PUBLIC_CACHE : "no-store" } },
  )
}

export function meta({ loaderData }: Route.MetaArgs) {
  if (!loaderData) return [{ title: "OCOP" }]
  const text = TEXT[loaderData.lang]
  const trace = loaderData.result.kind === "found" ? loaderData.result.trace : null
  const name = trace ? productName(trace, loaderData.lang) : text.notFoundTitle
  return [
    { title: `${text.title}: ${name} — ${text.lot} ${loaderData.lot}` },
    { name: "description", content: trace ? `${name} — ${trace.producer?.legal_name ?? ""}` : text.notFoundHelp },
    { name: "robots", content: "noindex" },
    { tagName: "link", rel: "alternate", type: "application/ld+json", href: `${loaderData.self}?format=epcis` },
  ]
}

function productName(trace: TracePage, lang: Lang) {
  const product = (lang === "en" && trace.product?.title_en) || trace.product?.title || trace.gtin14
  const variant = (lang === "en" && trace.variant?.title_en) || trace.variant?.title
  return variant ? `${product} — ${variant}` : product
}

/** A place in one line: name, address, GLN, coordinates (no map: light on a phone). */
function placeText(place: {
  name?: string | null
  address?: string | null
  gln?: string | null
  lat?: number | null
  lng?: number | null
  id?: string | null
}) {
  const parts = [place.name, place.address, place.gln ? `GLN ${place.gln}` : null]
  if (typeof place.lat === "number" && typeof place.lng === "number")
    parts.push(`${place.lat.toFixed(4)}, ${place.lng.toFixed(4)}`)
  if (!place.name && !place.address && !place.gln && place.id) parts.push(place.id)
  return parts.filter(Boolean).join(" · ")
}

function vnDay(date: string | null, lang: Lang) {
  return date ? formatDate(`${date}T00:00:00+07:00`, lang) : ""
}

const CSS = `
.trace { max-width: 40rem; margin: 0 auto; }
.trace h1 { font-size: 1.35rem; margin: 0.25rem 0; line-height: 1.25; }
.trace h2 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; color: var(--green-dark); }
.trace .kicker { font-size: 0.85rem; color: var(--muted); margin: 0; text-transform: uppercase; letter-spacing: 0.03em; }
.trace .ids { font-family: ui-monospace, monospace; font-size: 0.85rem; color: var(--muted); overflow-wrap: anywhere; }
.trace .card { background: #fff; border: 1px solid var(--line); border-radius: var(--radius); padding: 0.75rem; margin: 0.75rem 0; }
.trace dl { display: grid; grid-template-columns: minmax(7rem, 40%) 1fr; gap: 0.25rem 0.75rem; margin: 0; }
.trace dt { color: var(--muted); }
.trace dd { margin: 0; overflow-wrap: anywhere; }
.trace .stars { color: var(--gold); font-size: 1.25rem; letter-spacing: 0.05em; }
.trace .warning { background: var(--red-tint); border: 2px solid var(--red); color: #5c0b0e; border-radius: var(--radius); padding: 0.65rem 0.8rem; margin: 0.75rem 0; font-weight: 600; }
.trace .verified { background: var(--green-tint); border: 1px solid var(--green); border-radius: var(--radius); padding: 0.5rem 0.75rem; margin: 0.75rem 0; }
.trace ol.timeline { list-style: none; margin: 0; padding: 0 0 0 1rem; border-left: 3px solid var(--green); }
.trace ol.timeline > li { position: relative; margin: 0 0 0.9rem; padding-left: 0.5rem; }
.trace ol.timeline > li::before { content: ""; position: absolute; left: -1.45rem; top: 0.35rem; width: 0.75rem; height: 0.75rem; border-radius: 50%; background: var(--green); border: 2px solid #fff; }
.trace ol.timeline > li.corrected { opacity: 0.7; }
.trace .when { font-size: 0.85rem; color: var(--muted); display: block; }
.trace .step { font-weight: 700; }
.trace .detail { display: block; font-size: 0.92rem; }
.trace ul.places { padding-left: 1.1rem; margin: 0; }
.trace ul.places li { margin-bottom: 0.4rem; }
.trace footer { margin-top: 1.5rem; font-size: 0.9rem; }
.trace footer a { margin-right: 1rem; }
`

export default function DigitalLink({ loaderData }: Route.ComponentProps) {
  const { lang, result } = loaderData
  const text = TEXT[lang]
  const { pathname } = useLocation()
  const other = lang === "vi" ? "en" : "vi"
  return (
    <main className="trace" lang={lang} id="trace">
      <style dangerouslySetInnerHTML={{ __html: CSS }} />
      {result.kind === "found" ? (
        <TraceView trace={result.trace} text={text} lang={lang} />
      ) : (
        <section className="card" aria-labelledby="not-found">
          <p className="kicker">{text.title}</p>
          <h1 id="not-found">
            {result.kind === "invalid"
              ? text.invalidTitle
              : result.kind === "unavailable"
                ? text.title
                : text.notFoundTitle}
          </h1>
          <p className="ids">
            GTIN {loaderData.gtin} · {text.lot} {loaderData.lot}
          </p>
          {result.kind === "unavailable" ? <p>{text.unavailable}</p> : <p>{text.notFoundHelp}</p>}
          <p>
            <Link to={lang === "en" ? "/en" : "/"}>{text.home}</Link> ·{" "}
            <Link to={lang === "en" ? "/en/ocop/verify" : "/ocop/verify"}>{text.verifyCertificate}</Link>
          </p>
        </section>
      )}
      <footer>
        <a href={switchLangPath(pathname, "", other)} hrefLang={other} lang={other}>
          {text.otherLang}
        </a>
        {result.kind === "found" ? (
          <a href="?format=epcis" type="application/ld+json">
            {text.machine}
          </a>
        ) : null}
      </footer>
    </main>
  )
}

function TraceView({ trace, text, lang }: { trace: TracePage; text: Text; lang: Lang }) {
  const certificate = trace.certificate
  const bySequence = new Map(trace.events.map((e) => [e.id, e.sequence]))
  return (
    <>
      <p className="kicker">{text.title}</p>
      <h1>{productName(trace, lang)}</h1>
      <p className="ids">
        {text.lot} <strong>{trace.lot_code}</strong> · {text.gtin} {trace.gtin14}
      </p>
      <LotLinks trace={trace} text={text} lang={lang} />

      {!trace.verification.valid ? (
        <div className="warning" role="alert" data-warning="chain">
          {text.notVerified}{" "}
          {trace.verification.first_broken ? text.brokenAt(trace.verification.first_broken.sequence) : null}{" "}
          {trace.verification.first_broken && text.brokenReasons[trace.verification.first_broken.reason]
            ? `(${text.brokenReasons[trace.verification.first_broken.reason]})`
            : null}
          {trace.verification.digest && !trace.verification.digest.matches ? (
            <span className="detail" data-digest-mismatch={trace.verification.digest.sequence}>
              {text.digestMismatch(trace.verification.digest.day)}
            </span>
          ) : null}
        </div>
      ) : null}
      {!certificate ? (
        <div className="warning" role="alert" data-warning="certificate">
          {text.noCertificate}
        </div>
      ) : !certificate.valid ? (
        <div className="warning" role="alert" data-warning="certificate">
          {text.certificateInvalid(certificate.status, certificate.ended_on ? vnDay(certificate.ended_on, lang) : "")}
          {certificate.revocation_reason ? ` ${text.reason}: ${certificate.revocation_reason}` : null}
        </div>
      ) : null}

      <section className="card" aria-labelledby="producer">
        <h2 id="producer">{text.producer}</h2>
        {trace.producer ? (
          <>
            <p className="producer-name">
              <strong>{trace.producer.legal_name}</strong>
            </p>
            <p className="small">
              {trace.producer.address} · {trace.producer.province}
            </p>
          </>
        ) : null}
        {certificate ? (
          <>
            <h2>{text.certificate}</h2>
            {/* Stars and "valid until" only while the certificate is valid (the backend's verdict). */}
            {certificate.valid ? (
              <p className="ocop">
                <span className="stars" aria-hidden="true">
                  {"★".repeat(certificate.stars)}
                  {"☆".repeat(Math.max(0, 5 - certificate.stars))}
                </span>{" "}
                <strong className="star-text">{text.stars(certificate.stars)}</strong>
              </p>
            ) : null}
            <dl>
              <dt>{text.decision}</dt>
              <dd>
                {certificate.decision_number} ({vnDay(certificate.decision_date, lang)})
              </dd>
              <dt>{text.authority}</dt>
              <dd>{certificate.authority}</dd>
              {certificate.valid ? (
                <>
                  <dt>{text.validUntil}</dt>
                  <dd>{vnDay(certificate.valid_until, lang)}</dd>
                </>
              ) : null}
            </dl>
          </>
        ) : null}
      </section>

      <section className="card" aria-labelledby="lot">
        <h2 id="lot">{text.lotFacts}</h2>
        <dl>
          <dt>{text.production}</dt>
          <dd>{vnDay(trace.production_date, lang)}</dd>
          {trace.expiry_date ? (
            <>
              <dt>{text.expiry}</dt>
              <dd>{vnDay(trace.expiry_date, lang)}</dd>
            </>
          ) : null}
          {trace.best_before ? (
            <>
              <dt>{text.bestBefore}</dt>
              <dd>{vnDay(trace.best_before, lang)}</dd>
            </>
          ) : null}
          <dt>{text.quantity}</dt>
          <dd>
            {trace.quantity_produced.toLocaleString(lang === "en" ? "en-US" : "vi-VN")} {text.units}
          </dd>
          <dt>{text.origin}</dt>
          <dd>{trace.origin_area}</dd>
          {trace.inputs.length ? (
            <>
              <dt>{text.inputs}</dt>
              <dd>
                {trace.inputs
                  .map((i) =>
                    [i.name, i.producer, i.gtin ? `GTIN ${i.gtin}` : null, i.lot ? `${text.lot} ${i.lot}` : null]
                      .filter(Boolean)
                      .join(", "),
                  )
                  .join("; ")}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="timeline">
        <h2 id="timeline">{text.timeline}</h2>
        {trace.events.length ? (
          <ol className="timeline">
            {trace.events.map((event) => (
              <TimelineItem
                key={event.id}
                event={event}
                text={text}
                lang={lang}
                correctsSequence={event.corrects_event_id ? bySequence.get(event.corrects_event_id) : undefined}
              />
            ))}
          </ol>
        ) : (
          <p>{text.noEvents}</p>
        )}
      </section>

      {trace.locations.length ? (
        <section aria-labelledby="places">
          <h2 id="places">{text.places}</h2>
          <ul className="places">
            {trace.locations.map((place, i) => (
              <li key={i}>
                {placeText(place)}
                <span className="detail small">
                  {text.stepsAt}:{" "}
                  {place.steps
                    .map((s) => trace.events.find((e) => e.biz_step === s)?.biz_step_label[lang] ?? s)
                    .join(", ")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {trace.verification.valid ? (
        <p className="verified" data-verified="true">
          ✓ {text.verified(trace.verification.checked)}
          <span className="detail small">
            {text.checkedAt} {formatDate(trace.checked_at, lang, true)}
          </span>
        </p>
      ) : null}
      <p className="small" data-digest={trace.verification.digest?.sequence ?? "none"}>
        {trace.verification.digest ? (
          <>
            {text.checkedAgainst(
              trace.verification.digest.day,
              trace.verification.digest.sequence,
              trace.verification.digest.root,
            )}{" "}
            <a
              href={`/trace/digests/${trace.verification.digest.day}?sequence=${trace.verification.digest.sequence}&lot_id=${encodeURIComponent(trace.id)}`}
              type="application/json"
            >
              {text.digestLink}
            </a>
          </>
        ) : (
          text.notInDigest
        )}
      </p>
    </>
  )
}

/** Where to go from a lot: its product (and buying it), its producer, its certificate. */
function LotLinks({ trace, text, lang }: { trace: TracePage; text: Text; lang: Lang }) {
  const prefix = lang === "en" ? "/en" : ""
  // The producer page is the lot's OCOP subject's (an older slug key is redirected there).
  const producerKey =
    trace.producer?.id ?? trace.product?.producer_key ?? (trace.producer ? slugify(trace.producer.legal_name) : null)
  return (
    <p className="lot-links">
      {trace.product ? (
        <>
          <Link to={`${prefix}/products/${trace.product.handle}`} data-link="product">
            {text.seeProduct}
          </Link>{" "}
          ·{" "}
          <Link to={`${prefix}/products/${trace.product.handle}#buy`} data-link="buy">
            {text.buy}
          </Link>
        </>
      ) : null}
      {producerKey ? (
        <>
          {" · "}
          <Link to={`${prefix}/producers/${producerKey}`} data-link="producer">
            {text.seeProducer}
          </Link>
        </>
      ) : null}
      {trace.certificate ? (
        <>
          {" · "}
          <Link
            to={`${prefix}/ocop/verify?decision_number=${encodeURIComponent(trace.certificate.decision_number)}`}
            data-link="certificate"
          >
            {text.seeCertificate}
          </Link>
        </>
      ) : null}
    </p>
  )
}

function TimelineItem({
  event,
  text,
  lang,
  correctsSequence,
}: {
  event: TraceEvent
  text: Text
  lang: Lang
  correctsSequence?: number
}) {
  const place = event.biz_location ?? event.read_point
  const own = event.quantities.filter((q) => !q.epc_class && q.role !== "input")
  return (
    <li className={event.corrected_by.length ? "corrected" : undefined} data-step={event.biz_step}>
      <time className="when" dateTime={event.local_time}>
        #{event.sequence} · {formatDate(event.event_time, lang, true)} (UTC{event.event_time_zone_offset})
      </time>
      <span className="step">{event.biz_step_label[lang]}</span>
      {place ? <span className="detail">{placeText(place)}</span> : null}
      {event.actor ? (
        <span className="detail">
          {event.actor.name}
          {event.actor.role && text.roles[event.actor.role] ? ` (${text.roles[event.actor.role]})` : ""}
        </span>
      ) : null}
      {event.recorded_by ? (
        <span
          className="detail small"
          data-recorded-by={event.recorded_by.authority ? "authority" : event.recorded_by.type}
        >
          {text.recordedBy[event.recorded_by.authority ? "authority" : event.recorded_by.type] ?? text.recordedBy.admin}
        </span>
      ) : null}
      {event.destination ? (
        <span className="detail">
          {text.to}: {placeText(event.destination)}
        </span>
      ) : null}
      {event.source?.name ? (
        <span className="detail">
          {text.from}: {event.source.name}
        </span>
      ) : null}
      {own.length ? (
        <span className="detail">
          {own
            .map((q) => `${q.quantity.toLocaleString(lang === "en" ? "en-US" : "vi-VN")} ${q.uom ?? text.units}`)
            .join(", ")}
        </span>
      ) : null}
      {event.note ? <span className="detail">{event.note}</span> : null}
      {event.attachments.map((a, i) => (
        <span className="detail" key={i}>
          {text.attachment}:{" "}
          <a href={safeUrl(a.url)} rel="noopener">
            {a.name ?? a.kind}
          </a>
        </span>
      ))}
      {correctsSequence ? (
        <span className="detail">
          {text.correction(correctsSequence)}
          {event.correction_reason ? `: ${event.correction_reason}` : ""}
        </span>
      ) : null}
      {event.corrected_by.length ? <span className="detail small">{text.corrected}</span> : null}
    </li>
  )
}
