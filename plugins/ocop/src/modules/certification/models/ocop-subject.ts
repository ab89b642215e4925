import { model } from "@medusajs/framework/utils"
import { OcopCertificate } from "./certificate"
import { OcopEvaluation } from "./evaluation"

export const SUBJECT_TYPES = ["enterprise", "cooperative", "cooperative_group", "household_business"] as const

/** An OCOP subject (chủ thể OCOP): the producer that holds certificates. */
export const OcopSubject = model
  .define("ocop_subject", {
    id: model.id({ prefix: "ocsub" }).primaryKey(),
    legal_name: model.text().searchable(),
    type: model.enum([...SUBJECT_TYPES]),
    /** Mã số thuế: 10 digits, 13 for branches (0123456789-001), 12 for household businesses from Jul 2025. */
    tax_code: model.text().unique().searchable(),
    address: model.text(),
    /** One of the 34 current province-level units. */
    province: model.text(),
    /** The old province name when the address was written before the 1 Jul 2025 merger. */
    historical_province: model.text().nullable(),
    /** Where expiry reminders go; the OCOP office address is used when empty. */
    email: model.text().nullable(),
    evaluations: model.hasMany(() => OcopEvaluation, { mappedBy: "subject" }),
    certificates: model.hasMany(() => OcopCertificate, { mappedBy: "subject" }),
  })
  .indexes([{ on: ["province"], where: "deleted_at IS NULL" }])
