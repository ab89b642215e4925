import { z } from "@medusajs/framework/zod"
import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"
import { multiLine, singleLine, TEXT_LIMITS } from "@ocop/plugin-ocop/validation"
import { COMPANY_STATUSES } from "../../../modules/distributor/models"

export const AdminListDistributors = listParams({ limit: 20, max: 100 })
  .extend({
    status: z.enum(COMPANY_STATUSES).optional(),
    q: singleLine(TEXT_LIMITS.name).optional(),
  })
  .strict()
export const adminListDistributorsConfig = listQueryConfig({ limit: 20, orderable: ["created_at", "name"] })

export const AdminRejectDistributor = z.object({ reason: multiLine(TEXT_LIMITS.line, 3) }).strict()
export type AdminRejectDistributorType = z.infer<typeof AdminRejectDistributor>
