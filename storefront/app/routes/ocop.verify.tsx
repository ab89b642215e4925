import { data, Form, Link } from "react-router"
import type { Route } from "./+types/ocop.verify"
import { CertificateEnded } from "../components/CertificateStanding"
import { Notice, Stars } from "../components/ui"
import { formatDate, langFromPath, translate, useT } from "../i18n"
import { verifyCertificate, type Certificate } from "../lib/certificates.server"
import { cacheHeaders, publicCache, publicOrigin } from "../lib/http.server"
import { buildSeo, seoMeta } from "../lib/seo"

export const headers = cacheHeaders

export function meta({ loaderData, location }: Route.MetaArgs) {
  return seoMeta(loaderData?.seo, langFromPath(location.pathname))
}

/**
 * Checks a certificate by its decision number, e.g. 1898/QĐ-UBND, typed with or without a
 * Vietnamese keyboard (a GET form: shareable). A number is unique only within its issuer and year:
 * when several issuers used it, the page lists them to choose from, or the issuer and year given
 * narrow it down.
 */
export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const decisionNumber = (url.searchParams.get("decision_number") ?? "").trim().slice(0, 60)
  const issuer = (url.searchParams.get("issuer") ?? "").trim().slice(0, 120)
  const yearText = (url.searchParams.get("year") ?? "").trim()
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null
  let certificates: Certificate[] = []
  let ambiguous = false
  let error: "unavailable" | "invalid" | "not_found" | null = null
  if (decisionNumber) {
    try {
      const result = await verifyCertificate(decisionNumber, { issuer: issuer || undefined, year: year ?? undefined })
      if (result.kind === "found") ({ certificates, ambiguous } = result)
      else error = result.kind
    } catch (e) {
      console.warn("[ocop] verify failed:", e instanceof Error ? e.message : e)
      error = "unavailable"
    }
  }
  const seo = buildSeo(publicOrigin(request), url.pathname, {
    title: `${translate(lang, "ocop.verify.title")} — ${translate(lang, "site.name")}`,
    description: translate(lang, "ocop.verify.description"),
    search: decisionNumber ? url.search : "",
    noindex: Boolean(decisionNumber),
  })
  return data(
    {
      seo,
      decisionNumber,
      issuer,
      year: year ? String(year) : "",
      ambiguous,
      certificates,
      error,
    },
    { status: error === "not_found" ? 404 : error === "invalid" ? 400 : 200, headers: publicCache },
  )
}

function CertificateFacts({ certificate }: { certificate: Certificate }) {
  const { t, lang } = useT()
  // The backend's verdict: stars and "valid until" only for a certificate valid now.
  const valid = certificate.valid
  return (
    <section className={valid ? "certificate valid" : "certificate invalid"} aria-live="polite">
      <h2>{valid ? t("ocop.verify.valid") : t("ocop.verify.not_valid")}</h2>
      {valid ? <Stars stars={certificate.stars} /> : <CertificateEnded certificate={certificate} />}
      <dl className="facts">
        <dt>{t("cert.decision")}</dt>
        <dd>{certificate.decisionNumber}</dd>
        {certificate.productTitle ? (
          <>
            <dt>{t("cert.product")}</dt>
            <dd>{(lang === "en" && certificate.productTitleEn) || certificate.productTitle}</dd>
          </>
        ) : null}
        {certificate.producer ? (
          <>
            <dt>{t("product.producer")}</dt>
            <dd>{certificate.producer}</dd>
          </>
        ) : null}
        {certificate.province ? (
          <>
            <dt>{t("product.province")}</dt>
            <dd>{certificate.province}</dd>
          </>
        ) : null}
        {certificate.authority ? (
          <>
            <dt>{t("cert.authority")}</dt>
            <dd>{certificate.authority}</dd>
          </>
        ) : null}
        {certificate.issuedAt ? (
          <>
            <dt>{t("cert.issued")}</dt>
            <dd>{formatDate(certificate.issuedAt, lang)}</dd>
          </>
        ) : null}
        {valid && certificate.validUntil ? (
          <>
            <dt>{t("cert.valid_until")}</dt>
            <dd>{formatDate(certificate.validUntil, lang)}</dd>
          </>
        ) : null}
        {valid ? (
          <>
            <dt>{t("cert.status")}</dt>
            <dd>{t("cert.status_valid")}</dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}

export default function Verify({ loaderData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const { certificates, decisionNumber, ambiguous } = loaderData
  const narrowTo = (certificate: Certificate) =>
    `${href("/ocop/verify")}?${new URLSearchParams({
      decision_number: certificate.decisionNumber,
      issuer: certificate.authority ?? "",
      year: certificate.issuedAt ? certificate.issuedAt.slice(0, 4) : "",
    })}`
  return (
    <div className="narrow">
      <h1>{t("ocop.verify.title")}</h1>
      <p>{t("ocop.verify.intro")}</p>
      <Form method="get" className="verify-form">
        <div className="field">
          <label htmlFor="decision_number">{t("cert.decision")}</label>
          <input
            id="decision_number"
            name="decision_number"
            defaultValue={decisionNumber}
            placeholder="1898/QĐ-UBND"
            required
          />
        </div>
        <div className="field">
          <label htmlFor="issuer">{t("ocop.verify.issuer")}</label>
          <input id="issuer" name="issuer" defaultValue={loaderData.issuer} placeholder="UBND tỉnh Lào Cai" />
        </div>
        <div className="field">
          <label htmlFor="year">{t("ocop.verify.year")}</label>
          <input
            id="year"
            name="year"
            defaultValue={loaderData.year}
            inputMode="numeric"
            pattern="[0-9]{4}"
            placeholder="2025"
          />
        </div>
        <button type="submit" className="button">
          {t("ocop.verify.submit")}
        </button>
      </Form>
      {loaderData.error === "unavailable" ? <Notice kind="error">{t("ocop.verify.unavailable")}</Notice> : null}
      {loaderData.error === "invalid" ? (
        <Notice kind="error">{t("ocop.verify.invalid", { number: decisionNumber })}</Notice>
      ) : null}
      {loaderData.error === "not_found" ? (
        <Notice kind="error">{t("ocop.verify.not_found", { number: decisionNumber })}</Notice>
      ) : null}
      {ambiguous ? (
        <section className="verify-choices" aria-live="polite">
          <h2>{t("ocop.verify.ambiguous", { number: certificates[0].decisionNumber })}</h2>
          <ul>
            {certificates.map((certificate, i) => (
              <li key={i}>
                <Link to={narrowTo(certificate)}>
                  {certificate.authority}
                  {certificate.issuedAt ? ` — ${formatDate(certificate.issuedAt, lang)}` : ""}
                </Link>
                {certificate.productTitle
                  ? ` · ${(lang === "en" && certificate.productTitleEn) || certificate.productTitle}`
                  : ""}
                {certificate.producer ? ` · ${certificate.producer}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        certificates.map((certificate, i) => <CertificateFacts key={i} certificate={certificate} />)
      )}
      <p>
        <Link to={href("/ocop")}>{t("home.what_stars")}</Link>
      </p>
    </div>
  )
}
