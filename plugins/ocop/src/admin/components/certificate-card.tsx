import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { isWebUrl } from "../../lib/validation/web-address"
import { authorityLabel, formatVnDate, groupLabel, SUBJECT_TYPES, validUntilOf } from "../lib/labels"
import type { OcopCertificate, OcopSubject } from "../lib/types"
import { Stars } from "./stars"
import { CertificateStatusBadge } from "./status-badge"

const Row = ({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) => (
  <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] items-start gap-x-4 px-6 py-3">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact" className="text-ui-fg-subtle break-words" data-testid={testId}>
      {children}
    </Text>
  </div>
)

/** One certificate in full: stars, status, authority, decision, validity, producer, document. */
export const CertificateDetails = ({
  certificate,
  subject,
}: {
  certificate: OcopCertificate
  subject: OcopSubject | null
}) => {
  // Certificates from GET /admin/products/:id/ocop carry only the subject's id: use the full subject then.
  const fromCertificate = certificate.subject?.legal_name ? certificate.subject : null
  const full =
    subject && subject.id === (certificate.subject?.id ?? certificate.subject_id ?? subject.id) ? subject : null
  const producer = full ?? fromCertificate
  const { t, i18n } = useTranslation()
  return (
    <div
      className="divide-y"
      data-testid="current-certificate"
      data-certificate-id={certificate.id}
      data-status={certificate.status}
    >
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Stars stars={certificate.stars} size="large" testId="certificate-stars" />
        <CertificateStatusBadge status={certificate.status} />
      </div>
      <Row label={t("ocop_certificate.decision_number")} testId="certificate-decision-number">
        {certificate.decision_number}
      </Row>
      <Row label={t("ocop_certificate.decision_date")}>{formatVnDate(certificate.decision_date)}</Row>
      <Row label={t("ocop_certificate.valid_until")}>{formatVnDate(validUntilOf(certificate))}</Row>
      <Row label={t("ocop_certificate.authority")}>
        {certificate.authority_name}
        <br />
        <span className="text-ui-fg-muted">{authorityLabel(certificate.authority_level, i18n.language)}</span>
      </Row>
      <Row label={t("ocop_certificate.producer")}>
        {producer ? (
          <>
            {producer.legal_name}
            <br />
            <span className="text-ui-fg-muted">
              {SUBJECT_TYPES.includes(producer.type)
                ? t(`ocop_certificate.subject_type.${producer.type}`)
                : producer.type}
              {"tax_code" in producer && producer.tax_code
                ? ` · ${t("ocop_certificate.tax_code", { code: producer.tax_code })}`
                : ""}
              {"province" in producer && producer.province ? ` · ${producer.province}` : ""}
            </span>
          </>
        ) : (
          "—"
        )}
      </Row>
      <Row label={t("ocop_certificate.group")}>
        {groupLabel(certificate.product_group, i18n.language)}
        {certificate.subgroup ? ` · ${certificate.subgroup}` : ""}
      </Row>
      {certificate.status === "revoked" && (
        <Row label={t("ocop_certificate.revoked")}>
          {formatVnDate(certificate.revoked_at)} — {certificate.revocation_reason ?? ""}
        </Row>
      )}
      <Row label={t("ocop_certificate.document")}>
        {isWebUrl(certificate.document_url) ? (
          <a
            href={certificate.document_url}
            target="_blank"
            rel="noreferrer"
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            {t("ocop_certificate.document_link")}
          </a>
        ) : (
          "—"
        )}
      </Row>
    </div>
  )
}

/** Earlier certificates of the product, newest first, with their periods. */
export const CertificateHistory = ({ history }: { history: OcopCertificate[] }) => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col px-6 py-4" data-testid="certificate-history">
      <Text size="small" weight="plus" className="mb-2">
        {t("ocop_certificate.history")}
      </Text>
      {history.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          {t("ocop_certificate.history_none")}
        </Text>
      ) : (
        <ol className="flex flex-col gap-y-2">
          {history.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-x-2 gap-y-1" data-testid="history-item">
              <Stars stars={c.stars} size="small" />
              <Text size="small" className="text-ui-fg-subtle">
                {c.decision_number} · {formatVnDate(c.decision_date)} – {formatVnDate(validUntilOf(c))}
              </Text>
              <CertificateStatusBadge status={c.status} />
              {c.status === "revoked" && c.revocation_reason && (
                <Text size="xsmall" className="text-ui-fg-muted w-full">
                  {t("ocop_certificate.revocation_reason", { reason: c.revocation_reason })}
                </Text>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
