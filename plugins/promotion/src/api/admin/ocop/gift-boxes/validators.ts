import { z } from "@medusajs/framework/zod"
import { multiLine, nameText, priceVnd, quantity, recordId, TEXT_LIMITS } from "@ocop/plugin-ocop/validation"

/** POST /admin/ocop/gift-boxes */
export const AdminCreateGiftBox = z
  .object({
    title: nameText(),
    handle: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle: lowercase letters, digits and hyphens")
      .optional(),
    description: multiLine(TEXT_LIMITS.long).nullish(),
    price: priceVnd("price"),
    parts: z
      .array(z.object({ variant_id: recordId(), quantity: quantity({ max: 50 }) }).strict())
      .min(2)
      .max(20),
  })
  .strict()
export type AdminCreateGiftBoxType = z.infer<typeof AdminCreateGiftBox>
