import { z } from "@medusajs/framework/zod"
import {
  boundedDateText,
  multiLine,
  nameText,
  queryList,
  recordId,
  singleLine,
  TEXT_LIMITS,
  webUrl,
} from "../../../lib/validation"
import { listParams, listQueryConfig } from "../../utils/validate-query"
import { SUBJECT_TYPES } from "../../../modules/certification/models/ocop-subject"
import { CERTIFICATE_STATUSES } from "../../../rules"

/**
 * Shapes of the admin OCOP bodies and queries. Values are checked by the rules in the workflows
 * (scores per criterion, authority, decision numbers, dates, provinces), which name the field:
 * the schemas below only fix the shape, so that `scores.A.A1` is reported by its own name.
 */

const points = z.number().min(0).max(100).nullish()

export const AdminCreateSubject = z.object({
  legal_name: nameText(),
  type: z.enum(SUBJECT_TYPES),
  tax_code: singleLine(20),
  address: singleLine(TEXT_LIMITS.line, 3),
  province: singleLine(100),
  historical_province: singleLine(100).nullish(),
  email: z.string().max(254).email().nullish(),
})
export type AdminCreateSubjectType = z.infer<typeof AdminCreateSubject>

export const AdminListSubjects = listParams({ limit: 20, max: 100 }).extend({
  q: singleLine(TEXT_LIMITS.name).optional(),
})
export const adminListSubjectsConfig = listQueryConfig({ limit: 20, orderable: ["legal_name", "created_at"] })

export const AdminEvaluation = z.object({
  subject_id: recordId(),
  product_id: recordId(),
  product_group: z.number().int().min(1).max(6),
  subgroup: singleLine(TEXT_LIMITS.name),
  scores: z.record(z.string(), z.record(z.string(), z.any())),
  mandatory_unmet: z.array(singleLine(50)).max(100).default([]),
  council: singleLine(TEXT_LIMITS.line),
  evaluated_at: boundedDateText(),
  part_a: points,
  part_b: points,
  part_c: points,
  total: points,
})
export type AdminEvaluationType = z.infer<typeof AdminEvaluation>

export const AdminIssueCertificate = z.object({
  evaluation_id: recordId().optional(),
  evaluation: AdminEvaluation.strict().optional(),
  decision_number: singleLine(100),
  decision_date: boundedDateText(),
  authority_level: singleLine(50),
  authority_name: singleLine(TEXT_LIMITS.name),
  document_url: webUrl("document_url: an http:// or https:// address of the decision").nullish(),
})
export type AdminIssueCertificateType = z.infer<typeof AdminIssueCertificate>

export const AdminRevokeCertificate = z.object({
  reason: multiLine(TEXT_LIMITS.line),
})

export const CERTIFICATE_ORDER_FIELDS = [
  "decision_date",
  "expires_at",
  "stars",
  "created_at",
  "decision_number",
  "province",
] as const

export const AdminListCertificates = listParams({ limit: 20, max: 100 }).extend({
  status: queryList(z.enum(CERTIFICATE_STATUSES)),
  stars: queryList(z.coerce.number().int().min(3).max(5)),
  province: singleLine(100).optional(),
  product_group: queryList(z.coerce.number().int().min(1).max(6)),
  product_id: recordId().optional(),
  subject_id: recordId().optional(),
  expiring_within_days: z.coerce.number().int().min(0).max(3650).optional(),
  q: singleLine(TEXT_LIMITS.name).optional(),
  order: z
    .string()
    .regex(new RegExp(`^-?(${CERTIFICATE_ORDER_FIELDS.join("|")})$`), {
      message: `order must be one of ${CERTIFICATE_ORDER_FIELDS.join(", ")}, optionally prefixed with "-" for descending`,
    })
    .default("-decision_date"),
})
export const adminListCertificatesConfig = listQueryConfig({ limit: 20, orderable: [...CERTIFICATE_ORDER_FIELDS] })

export const AdminExportCertificates = AdminListCertificates.omit({ limit: true, offset: true })
