/**
 * Certificates as the backend states them: the public verification of a decision number and the
 * certificate that speaks for a product now.
 */
import { findProvince } from "@ocop/reference"
import { errorStatus, sdk } from "./medusa.server"

/**
 * A certificate as the backend states it now: `valid` (computed by the backend) decides whether
 * stars and "valid until" may be shown; otherwise `status`, `endedOn` and `revocationReason` say why not.
 */
export type Certificate = {
  decisionNumber: string
  stars: number | null
  status: string | null
  valid: boolean
  endedOn: string | null
  revocationReason: string | null
  productHandle: string | null
  validUntil: string | null
  issuedAt: string | null
  authority: string | null
  productTitle: string | null
  productTitleEn: string | null
  producer: string | null
  province: string | null
}

/**
 * A decision number is unique only within its issuer and year: `certificates` lists every match
 * (a decision may also recognise several products); `ambiguous` when they belong to several
 * decisions, which the issuer or the year given tell apart.
 */
export type VerifyResult =
  { kind: "found"; certificates: Certificate[]; ambiguous: boolean } | { kind: "not_found" } | { kind: "invalid" }

/**
 * GET /store/ocop/certificates/verify?decision_number=…[&issuer=…][&year=…] : every certificate
 * recorded under the number (narrowed by issuer and year when given); "not_found" (404) when none;
 * "invalid" (400) when the text is not a decision number at all.
 */
export async function verifyCertificate(
  decisionNumber: string,
  narrow: { issuer?: string; year?: number } = {},
): Promise<VerifyResult> {
  try {
    const { certificates, certificate, ambiguous } = await sdk.client.fetch<{
      certificates?: Record<string, any>[]
      certificate?: Record<string, any> | null
      ambiguous?: boolean
    }>("/store/ocop/certificates/verify", {
      query: {
        decision_number: decisionNumber,
        ...(narrow.issuer ? { issuer: narrow.issuer } : {}),
        ...(narrow.year ? { year: narrow.year } : {}),
      },
    })
    const rows = certificates ?? (certificate ? [certificate] : [])
    if (!rows.length) return { kind: "not_found" }
    return {
      kind: "found",
      certificates: rows.map((row) => toCertificate(row, decisionNumber)),
      ambiguous: Boolean(ambiguous),
    }
  } catch (error) {
    if (errorStatus(error) === 404) return { kind: "not_found" }
    if (errorStatus(error) === 400) return { kind: "invalid" }
    throw error
  }
}

/** A certificate from the OCOP routes (`presentPublicCertificate`), in the storefront's shape. */
export function toCertificate(certificate: Record<string, any>, decisionNumber: string): Certificate {
  const pickName = (value: unknown) =>
    typeof value === "string"
      ? value
      : value && typeof value === "object"
        ? ((value as any).name ?? (value as any).title ?? (value as any).legal_name ?? null)
        : null
  const province = certificate.province
  return {
    decisionNumber: certificate.decision_number ?? decisionNumber,
    stars: certificate.stars != null ? Number(certificate.stars) : null,
    status: certificate.status ?? null,
    // Only the backend's own verdict counts: no verdict, no stars.
    valid: certificate.valid === true,
    endedOn: certificate.ended_on ?? null,
    revocationReason: certificate.revocation_reason ?? null,
    productHandle: certificate.product_handle ?? null,
    validUntil: certificate.valid_until ?? null,
    issuedAt: certificate.decision_date ?? certificate.issued_at ?? null,
    authority: certificate.authority ?? null,
    productTitle: certificate.product_title ?? pickName(certificate.product),
    productTitleEn: certificate.product_title_en ?? null,
    producer: certificate.producer_name ?? pickName(certificate.producer),
    province: findProvince(certificate.province_name ?? pickName(province))?.name ?? pickName(province),
  }
}

export type ProductCertificate = {
  product: { id: string; title: string; titleEn: string | null; handle: string; thumbnail: string | null }
  certificate: Certificate
}
