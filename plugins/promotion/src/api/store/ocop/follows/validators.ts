import { z } from "@medusajs/framework/zod"
import { FOLLOW_TARGETS } from "../../../../modules/follow"

/** POST /store/ocop/follows */
export const StoreFollow = z
  .object({
    target_type: z.enum(FOLLOW_TARGETS),
    target_id: z.string().trim().min(1, "target_id: say what to follow").max(200),
  })
  .strict()
export type StoreFollowType = z.infer<typeof StoreFollow>
