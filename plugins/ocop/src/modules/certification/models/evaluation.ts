import { model } from "@medusajs/framework/utils"
import { OcopCertificate } from "./certificate"
import { OcopSubject } from "./ocop-subject"

/**
 * A council's score sheet for one product. Points are stored as integer hundredths of a point
 * (part_a 3925 = 39.25 points): no floats decide a star level.
 */
export const OcopEvaluation = model
  .define("ocop_evaluation", {
    id: model.id({ prefix: "oceval" }).primaryKey(),
    subject: model.belongsTo(() => OcopSubject, { mappedBy: "evaluations" }),
    product_id: model.text(),
    /** Decision 148/2023 product group 1–6. */
    product_group: model.number(),
    subgroup: model.text(),
    /** Points per criterion: { A: { A1: 3.5, … }, B: { … }, C: { … } }. */
    scores: model.json(),
    part_a: model.number(),
    part_b: model.number(),
    part_c: model.number(),
    total: model.number(),
    /** Codes of the mandatory criteria the product does not meet. */
    mandatory_unmet: model.json(),
    council: model.text(),
    evaluated_at: model.dateTime(),
    /** 3, 4 or 5 after the mandatory criteria; null when the product reaches no certified level. */
    computed_stars: model.number().nullable(),
    certificates: model.hasMany(() => OcopCertificate, { mappedBy: "evaluation" }),
  })
  .indexes([{ on: ["product_id"], where: "deleted_at IS NULL" }])
