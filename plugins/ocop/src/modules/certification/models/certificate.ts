import { model } from "@medusajs/framework/utils"
import { AUTHORITY_LEVELS } from "../../../rules/authority"
import { CERTIFICATE_STATUSES } from "../../../rules/validity"
import { OcopEvaluation } from "./evaluation"
import { OcopSubject } from "./ocop-subject"

/**
 * An OCOP star certificate: the recognition decision of the competent authority.
 * `decision_date` is 00:00 Asia/Ho_Chi_Minh of the decision's day; `expires_at` is the end of the
 * last valid day (decision date + 36 months).
 */
export const OcopCertificate = model
  .define("ocop_certificate", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    product_id: model.text(),
    subject: model.belongsTo(() => OcopSubject, { mappedBy: "certificates" }),
    evaluation: model.belongsTo(() => OcopEvaluation, { mappedBy: "certificates" }),
    product_group: model.number(),
    subgroup: model.text(),
    stars: model.number(),
    authority_level: model.enum([...AUTHORITY_LEVELS]),
    /** The issuing authority's canonical name (rules/issuer), e.g. "UBND tỉnh Lào Cai". */
    authority_name: model.text(),
    /**
     * A decision is (authority_key, decision_number, decision_year) (rules/certificate): one
     * decision may recognise several products; another issuer's or year's same number is another.
     */
    authority_key: model.text(),
    decision_number: model.text().searchable(),
    /** The calendar year of the decision date in Vietnam. */
    decision_year: model.number(),
    decision_date: model.dateTime(),
    expires_at: model.dateTime(),
    status: model.enum([...CERTIFICATE_STATUSES]).default("valid"),
    revoked_at: model.dateTime().nullable(),
    revocation_reason: model.text().nullable(),
    document_url: model.text().nullable(),
    /** The certificate this one renewed (which is then `superseded`). */
    replaces_id: model.text().nullable(),
    /** The subject's current province, copied for filtering. */
    province: model.text(),
    reminder_30_sent_at: model.dateTime().nullable(),
    reminder_7_sent_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["status"], where: "deleted_at IS NULL" },
    { on: ["stars"], where: "deleted_at IS NULL" },
    { on: ["province"], where: "deleted_at IS NULL" },
    { on: ["product_group"], where: "deleted_at IS NULL" },
    { on: ["expires_at"], where: "deleted_at IS NULL" },
    { on: ["product_id"], where: "deleted_at IS NULL" },
    { on: ["decision_number"], where: "deleted_at IS NULL" },
    { on: ["status", "expires_at"], where: "deleted_at IS NULL" },
    // The store listing (lib/store-listing.ts): valid certificates by province, group, stars, date.
    {
      name: "IDX_ocop_certificate_store_listing",
      on: ["province", "product_group", "stars", "decision_date"],
      where: "status = 'valid' AND deleted_at IS NULL",
    },
    // The related products of a product page use "IDX_ocop_certificate_related" (product_group,
    // stars DESC, decision_date DESC, id), created by migration OcopCertificationMigration20261207120000
    // only: this DSL has no descending columns. So do the listing's broad pages' orders:
    // "IDX_ocop_certificate_best" (stars DESC, decision_date DESC, id) and
    // "IDX_ocop_certificate_newest" (decision_date DESC, id), migration OcopCertificationMigration20261207130100.
    // One certificate per evaluation, and at most one valid certificate per product.
    {
      name: "IDX_ocop_certificate_evaluation_id_unique",
      on: ["evaluation_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    // A decision (issuer, number, year) names a product once.
    {
      name: "IDX_ocop_certificate_decision_product_unique",
      on: ["authority_key", "decision_number", "decision_year", "product_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_ocop_certificate_one_valid_per_product",
      on: ["product_id"],
      unique: true,
      where: "status = 'valid' AND deleted_at IS NULL",
    },
  ])
