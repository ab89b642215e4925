import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SUBJECT_TYPES } from "../../../../modules/certification/models/ocop-subject"
import {
  AUTHORITY_LABELS,
  AUTHORITY_LEVELS,
  MINISTRY_MAE,
  MINISTRY_MARD,
  MINISTRY_MERGER_DATE,
  REFORM_DATE,
  REMINDER_DAYS,
  VALIDITY_MONTHS,
  scoreSheetRules,
} from "../../../../rules"
import { PROVINCES } from "@ocop/reference"

/**
 * GET /admin/ocop/rules → the score sheet (parts with their criteria), the mandatory criteria,
 * star bands, product groups, authorities, validity and provinces: the admin form renders from it.
 */
export const GET = async (_req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    ...scoreSheetRules(),
    authority: {
      levels: AUTHORITY_LEVELS.map((level) => ({ level, ...AUTHORITY_LABELS[level] })),
      reform_date: REFORM_DATE,
      ministry_merger_date: MINISTRY_MERGER_DATE,
      ministry_names: { before_merger: MINISTRY_MARD, from_merger: MINISTRY_MAE },
    },
    validity_months: VALIDITY_MONTHS,
    reminder_days: REMINDER_DAYS,
    subject_types: SUBJECT_TYPES,
    provinces: PROVINCES,
  })
}
