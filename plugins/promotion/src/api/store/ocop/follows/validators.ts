import { z } from "@medusajs/framework/zod"
import { singleLine } from "@ocop/plugin-ocop/validation"
import { FOLLOW_TARGETS } from "../../../../modules/follow"

/** POST /store/ocop/follows */
export const StoreFollow = z
  .object({
    target_type: z.enum(FOLLOW_TARGETS),
    target_id: singleLine(200, 1),
  })
  .strict()
export type StoreFollowType = z.infer<typeof StoreFollow>
