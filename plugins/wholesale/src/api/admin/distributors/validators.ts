import { z } from "@medusajs/framework/zod"
import { COMPANY_STATUSES } from "../../../modules/distributor/models"

export const AdminListDistributors = z
  .object({
    status: z.enum(COMPANY_STATUSES).optional(),
    q: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminRejectDistributor = z.object({ reason: z.string().trim().min(3) }).strict()
export type AdminRejectDistributorType = z.infer<typeof AdminRejectDistributor>
