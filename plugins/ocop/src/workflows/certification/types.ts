/** Inputs of the certification workflows (the HTTP bodies, plus an optional clock for jobs and tests). */

export interface EvaluationInput {
  subject_id: string
  product_id: string
  product_group: number
  subgroup: string
  /** Points per criterion: { A: { A1: 3.5, … }, B: { … }, C: { … } }. */
  scores: unknown
  /** Codes of the mandatory criteria the product does not meet. */
  mandatory_unmet?: string[]
  council: string
  /** ISO date or date-time; a date alone is that day in Asia/Ho_Chi_Minh. */
  evaluated_at: string
  /** Totals written on the council's sheet, checked against the criteria when given. */
  part_a?: number | null
  part_b?: number | null
  part_c?: number | null
  total?: number | null
}

export interface CertificateDecisionInput {
  decision_number: string
  /** ISO date of the decision (a day in Asia/Ho_Chi_Minh). */
  decision_date: string
  authority_level: string
  authority_name: string
  document_url?: string | null
}

export type IssueCertificateInput = CertificateDecisionInput & {
  evaluation_id?: string | null
  evaluation?: EvaluationInput | null
  /** The instant the workflow runs at (defaults to now). */
  now?: string
}

export type RenewCertificateInput = IssueCertificateInput & {
  /** The certificate being renewed: it becomes `superseded`. */
  certificate_id: string
}

/** An evaluation ready to be stored (points in hundredths). */
export interface EvaluationCreateData {
  subject_id: string
  product_id: string
  product_group: number
  subgroup: string
  scores: Record<string, Record<string, number>>
  part_a: number
  part_b: number
  part_c: number
  total: number
  mandatory_unmet: string[]
  council: string
  evaluated_at: string
  computed_stars: number | null
}

/** A certificate ready to be stored, but for the evaluation id when the evaluation is created with it. */
export interface CertificateCreateData {
  product_id: string
  subject_id: string
  evaluation_id?: string
  product_group: number
  subgroup: string
  stars: number
  authority_level: "district" | "province" | "ministry"
  /** The canonical name of the issuing authority (see rules/issuer). */
  authority_name: string
  /** The decision's identity: issuing authority, number and calendar year (rules/certificate). */
  authority_key: string
  decision_number: string
  decision_year: number
  decision_date: string
  expires_at: string
  status: "valid"
  document_url: string | null
  replaces_id: string | null
  province: string
}

export interface CreateSubjectInput {
  legal_name: string
  type: "enterprise" | "cooperative" | "cooperative_group" | "household_business"
  tax_code: string
  address: string
  province: string
  historical_province?: string | null
  email?: string | null
}

export interface RevokeCertificateInput {
  certificate_id: string
  reason: string
  now?: string
}
