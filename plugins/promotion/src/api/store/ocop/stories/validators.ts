import { z } from "@medusajs/framework/zod"
import { currentProvinceFor } from "@ocop/reference"
import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"

const ids = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",") : value),
  z.array(z.string().min(1)).max(100),
)

/** GET /store/ocop/stories?product_id=a,b | ?province= &limit (1–50, 12) &offset */
export const StoreListStories = listParams({ limit: 12, max: 50 })
  .extend({
    product_id: ids.optional(),
    province: z
      .string()
      .transform((name, ctx) => {
        const current = currentProvinceFor(name)
        if (!current)
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `province: "${name}" is not one of the 34 provinces` })
        return current ?? name
      })
      .optional(),
  })
  .strict()
  .refine((query) => query.product_id || query.province, "product_id or province: say whose stories")
export type StoreListStoriesType = z.infer<typeof StoreListStories>
export const storeListStoriesConfig = listQueryConfig({ limit: 12 })
