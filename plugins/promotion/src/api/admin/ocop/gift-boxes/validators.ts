import { z } from "@medusajs/framework/zod"

/** POST /admin/ocop/gift-boxes */
export const AdminCreateGiftBox = z
  .object({
    title: z.string().trim().min(2),
    handle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle: lowercase letters, digits and hyphens").optional(),
    description: z.string().trim().nullish(),
    price: z.number().int().positive(),
    parts: z
      .array(z.object({ variant_id: z.string().min(1), quantity: z.number().int().min(1).max(50) }).strict())
      .min(2),
  })
  .strict()
export type AdminCreateGiftBoxType = z.infer<typeof AdminCreateGiftBox>
