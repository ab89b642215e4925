/** Shapes of the plugin's admin API (`/admin/ocop/*`), as the admin reads them. */
import type { AuthorityLevel } from "../../rules/authority"
import type { MandatoryCriterion, ScorePart } from "../../rules/criteria"
import type { CertificateStatus } from "../../rules/validity"

export type SubjectType = "enterprise" | "cooperative" | "cooperative_group" | "household_business"

export interface OcopSubject {
  id: string
  legal_name: string
  type: SubjectType
  tax_code: string
  address: string
  province: string
  historical_province?: string | null
  email?: string | null
}

export interface OcopCertificate {
  id: string
  product_id: string
  product?: { id: string; title: string; handle: string } | null
  subject_id?: string | null
  subject?: { id: string; legal_name: string; type: SubjectType } | null
  evaluation_id?: string | null
  product_group: number
  subgroup: string
  stars: number
  authority_level: AuthorityLevel
  authority_name: string
  decision_number: string
  /** YYYY-MM-DD, a day in Vietnam. */
  decision_date: string
  /** The last valid day, YYYY-MM-DD (when the API gives it). */
  valid_until?: string | null
  expires_at: string
  status: CertificateStatus
  revoked_at?: string | null
  revocation_reason?: string | null
  document_url?: string | null
  replaces_id?: string | null
  province: string
}

export interface ProductOcop {
  current: OcopCertificate | null
  history: OcopCertificate[]
  subject: OcopSubject | null
}

export interface OcopRules {
  parts: ScorePart[]
  mandatory_criteria: MandatoryCriterion[]
}

export interface CertificateFilters {
  status?: string
  stars?: string
  province?: string
  product_group?: string
  expiring_within_days?: string
  q?: string
}

export interface CertificateList {
  certificates: OcopCertificate[]
  count: number
  limit: number
  offset: number
}

export interface EvaluationBody {
  subject_id: string
  product_id: string
  product_group: number
  subgroup: string
  scores: Record<"A" | "B" | "C", Record<string, number>>
  mandatory_unmet: string[]
  council: string
  evaluated_at: string
}

export interface CertificateBody {
  evaluation: EvaluationBody
  decision_number: string
  decision_date: string
  authority_level: AuthorityLevel
  authority_name: string
  document_url?: string
}

export interface SubjectBody {
  legal_name: string
  type: SubjectType
  tax_code: string
  address: string
  province: string
  historical_province?: string
}
