import { z } from "@medusajs/framework/zod"
import { multiLine } from "@ocop/plugin-ocop/validation"

export const SellerAcceptReturn = z.object({ instructions: multiLine(1000, 3) }).strict()
export const SellerRefuseReturn = z.object({ reason: multiLine(1000, 3) }).strict()
