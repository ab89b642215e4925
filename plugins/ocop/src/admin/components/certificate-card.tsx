import { Text } from "@medusajs/ui"
import { isWebUrl } from "../../lib/validation/web-address"
import { authorityLabel, formatVnDate, groupLabel, SUBJECT_TYPE_LABELS, validUntilOf } from "../lib/labels"
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
      <Row label="Số quyết định" testId="certificate-decision-number">
        {certificate.decision_number}
      </Row>
      <Row label="Ngày quyết định">{formatVnDate(certificate.decision_date)}</Row>
      <Row label="Hiệu lực đến (valid until)">{formatVnDate(validUntilOf(certificate))}</Row>
      <Row label="Cơ quan công nhận">
        {certificate.authority_name}
        <br />
        <span className="text-ui-fg-muted">{authorityLabel(certificate.authority_level)}</span>
      </Row>
      <Row label="Chủ thể (producer)">
        {producer ? (
          <>
            {producer.legal_name}
            <br />
            <span className="text-ui-fg-muted">
              {SUBJECT_TYPE_LABELS[producer.type]?.vi ?? producer.type}
              {"tax_code" in producer && producer.tax_code ? ` · MST ${producer.tax_code}` : ""}
              {"province" in producer && producer.province ? ` · ${producer.province}` : ""}
            </span>
          </>
        ) : (
          "—"
        )}
      </Row>
      <Row label="Nhóm sản phẩm">
        {groupLabel(certificate.product_group)}
        {certificate.subgroup ? ` · ${certificate.subgroup}` : ""}
      </Row>
      {certificate.status === "revoked" && (
        <Row label="Thu hồi (revoked)">
          {formatVnDate(certificate.revoked_at)} — {certificate.revocation_reason ?? ""}
        </Row>
      )}
      <Row label="Bản quyết định">
        {isWebUrl(certificate.document_url) ? (
          <a
            href={certificate.document_url}
            target="_blank"
            rel="noreferrer"
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            Xem bản quét (scanned decision)
          </a>
        ) : (
          "—"
        )}
      </Row>
    </div>
  )
}

/** Earlier certificates of the product, newest first, with their periods. */
export const CertificateHistory = ({ history }: { history: OcopCertificate[] }) => (
  <div className="flex flex-col px-6 py-4" data-testid="certificate-history">
    <Text size="small" weight="plus" className="mb-2">
      Lịch sử chứng nhận (history)
    </Text>
    {history.length === 0 ? (
      <Text size="small" className="text-ui-fg-muted">
        Chưa có chứng nhận trước đó.
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
                Lý do thu hồi: {c.revocation_reason}
              </Text>
            )}
          </li>
        ))}
      </ol>
    )}
  </div>
)
