import { digitalLinkQrSvg } from "./qr"

export interface LabelData {
  digital_link: string
  gtin14: string
  lot_code: string
  product_title: string
  variant_title: string | null
  producer: string | null
  production_date: string
  best_before: string | null
  expiry_date: string | null
  /** The product's certificate and its standing now (presentCertificateSummary); null when it has none. */
  certificate: {
    valid: boolean
    stars: number
    status: string
    decision_number: string
    ended_on: string | null
    revocation_reason: string | null
  } | null
}

function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)
}

/** 2025-08-15 → 15/08/2025 (how dates are printed on Vietnamese packaging). */
function vnDate(date: string) {
  const [y, m, d] = date.split("-")
  return `${d}/${m}/${y}`
}

/**
 * The OCOP mark and stars only for a certificate valid now; a revoked or expired one is said plainly
 * (bilingual, with the day it ended and the reason), never as a mark.
 */
function ocopLine(certificate: LabelData["certificate"]): string {
  if (!certificate) return ""
  if (certificate.valid) {
    return `<div class="ocop">OCOP <span class="stars" aria-label="OCOP ${certificate.stars} sao">${"★".repeat(certificate.stars)}</span></div>`
  }
  const day = certificate.ended_on ? vnDate(certificate.ended_on) : ""
  const reason = certificate.revocation_reason ? ` — ${escapeHtml(certificate.revocation_reason)}` : ""
  const [vi, en] =
    certificate.status === "revoked"
      ? [
          `Chứng nhận ${escapeHtml(certificate.decision_number)} đã bị thu hồi ngày ${day}`,
          `certificate revoked on ${day}`,
        ]
      : [
          `Chứng nhận ${escapeHtml(certificate.decision_number)} đã hết hiệu lực từ ngày ${day}`,
          `certificate expired on ${day}`,
        ]
  return `<div class="not-ocop" data-certificate-status="${escapeHtml(certificate.status)}">Không phải sản phẩm OCOP / Not an OCOP product: ${vi} / ${en}${reason}</div>`
}

/**
 * A print-ready A4 sheet of `count` identical labels (63.5 × 38.1 mm, 3 × 7 per page like common
 * label stock): QR code of the Digital Link, product, lot, dates (NSX production, HSD expiry or
 * "sử dụng tốt nhất trước" best before), GTIN and producer. Self-contained HTML: no script, no
 * external resource; the QR is inline SVG, identical on every label.
 */
export function labelSheetHtml(label: LabelData, count: number): string {
  const qr = digitalLinkQrSvg(label.digital_link)
  const title = escapeHtml(label.product_title + (label.variant_title ? ` — ${label.variant_title}` : ""))
  const ocop = ocopLine(label.certificate)
  const dates = [
    `<span>NSX: ${vnDate(label.production_date)}</span>`,
    label.expiry_date ? `<span>HSD: ${vnDate(label.expiry_date)}</span>` : "",
    !label.expiry_date && label.best_before ? `<span>SD tốt nhất trước: ${vnDate(label.best_before)}</span>` : "",
  ].join("")
  const one = `<div class="label">
  <div class="qr">${qr}</div>
  <div class="text">
    <div class="title">${title}</div>
    <div class="lot">Lô / Lot: <b>${escapeHtml(label.lot_code)}</b></div>
    <div class="dates">${dates}</div>
    <div class="gtin">GTIN ${label.gtin14}</div>
    ${label.producer ? `<div class="producer">${escapeHtml(label.producer)}</div>` : ""}
    ${ocop}
  </div>
</div>`
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tem truy xuất lô ${escapeHtml(label.lot_code)} — ${title}</title>
<style>
  @page { size: A4; margin: 10mm 7mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: "Noto Sans", Arial, sans-serif; color: #000; }
  .sheet { display: grid; grid-template-columns: repeat(3, 63.5mm); grid-auto-rows: 38.1mm; gap: 0 2.5mm; }
  .label { display: flex; gap: 2mm; padding: 2mm; border: 0.2mm dashed #bbb; overflow: hidden; break-inside: avoid; }
  .qr { flex: 0 0 24mm; height: 24mm; }
  .qr svg { width: 24mm; height: 24mm; display: block; }
  .text { font-size: 6.5pt; line-height: 1.25; min-width: 0; }
  .title { font-weight: 700; font-size: 7pt; max-height: 3.8em; overflow: hidden; }
  .dates span { display: block; }
  .gtin { font-family: monospace; }
  .producer { color: #333; max-height: 2.6em; overflow: hidden; }
  .stars { color: #b8860b; }
  .not-ocop { font-weight: 700; max-height: 3.8em; overflow: hidden; }
  @media print { .label { border-color: transparent; } }
</style>
</head>
<body>
<main class="sheet" data-count="${count}">
${Array.from({ length: count }, () => one).join("\n")}
</main>
</body>
</html>`
}
