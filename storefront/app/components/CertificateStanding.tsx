import { formatDate, useT } from "../i18n"
import type { Certificate } from "../lib/certificates.server"

/**
 * A certificate that is not valid now, said plainly: revoked (with the day and the reason) or
 * expired (with the day). Never stars, the OCOP mark or "valid until": those are for valid ones.
 */
export function CertificateEnded({ certificate }: { certificate: Certificate }) {
  const { t, lang } = useT()
  const revoked = certificate.status === "revoked"
  const date = formatDate(certificate.endedOn, lang)
  return (
    <div className="certificate-ended" role="alert" data-certificate-status={certificate.status ?? "not_valid"}>
      <p>
        <strong>
          {t(revoked ? "cert.revoked_statement" : "cert.expired_statement", {
            number: certificate.decisionNumber,
            date,
          })}
        </strong>
      </p>
      <dl className="facts">
        <dt>{t("cert.status")}</dt>
        <dd>{t(revoked ? "cert.status_revoked" : "cert.status_expired")}</dd>
        {date ? (
          <>
            <dt>{t(revoked ? "cert.revoked_on" : "cert.expired_on")}</dt>
            <dd>{date}</dd>
          </>
        ) : null}
        {revoked && certificate.revocationReason ? (
          <>
            <dt>{t("cert.reason")}</dt>
            <dd>{certificate.revocationReason}</dd>
          </>
        ) : null}
      </dl>
      <p>{t("cert.not_sold_as_ocop")}</p>
    </div>
  )
}
