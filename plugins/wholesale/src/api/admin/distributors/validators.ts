import { z } from "@medusajs/framework/zod"
import { multiLine, singleLine, TEXT_LIMITS } from "@ocop/plugin-ocop/validation"
import { COMPANY_STATUSES } from "../../../modules/distributor/models"

export const AdminListDistributors = z
  .object({
    status: z.enum(COMPANY_STATUSES).optional(),
    q: singleLine(TEXT_LIMITS.name).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminRejectDistributor = z.object({ reason: multiLine(TEXT_LIMITS.line, 3) }).strict()
export type AdminRejectDistributorType = z.infer<typeof AdminRejectDistributor>
