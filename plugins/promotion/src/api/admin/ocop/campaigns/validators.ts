import { z } from "@medusajs/framework/zod"
import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"
import { coercedDate, multiLine, nameText, recordId, TEXT_LIMITS, vnd } from "@ocop/plugin-ocop/validation"
import { currentProvinceFor } from "@ocop/reference"

/** POST /admin/ocop/campaigns: errors name the field (`rules.provinces.0`, `ends_at`, `discount.value`). */
export const AdminCreateOcopCampaign = z
  .object({
    name: nameText(),
    identifier: z
      .string()
      .regex(
        /^[a-z0-9]+(-[a-z0-9]+)*$/,
        "identifier: lowercase letters, digits and hyphens (it is the landing page's address)",
      ),
    description: multiLine(TEXT_LIMITS.long).nullish(),
    starts_at: coercedDate("starts_at: a date between 1900 and 2200"),
    ends_at: coercedDate("ends_at: a date between 1900 and 2200"),
    code: z
      .string()
      .trim()
      .regex(/^[A-Z0-9_-]{3,32}$/, "code: 3 to 32 capital letters, digits, - or _")
      .nullish(),
    discount: z
      .object({ type: z.enum(["percentage", "fixed"]), value: vnd({ min: 1, what: "discount.value" }) })
      .strict(),
    budget: z
      .object({ type: z.enum(["spend", "usage"]), limit: vnd({ min: 1, what: "budget.limit" }) })
      .strict()
      .nullish(),
    rules: z
      .object({
        // An old (pre-July 2025) province name is mapped to its current unit, like the store filter.
        provinces: z
          .array(
            z
              .string()
              .max(100)
              .transform((name, ctx) => {
                const current = currentProvinceFor(name)
                if (!current)
                  ctx.addIssue({
                    code: z.ZodIssueCode.custom,
                    message: `rules.provinces: "${name}" is not one of the 34 provinces`,
                  })
                return current ?? name
              }),
          )
          .min(1)
          .optional(),
        product_groups: z.array(z.number().int().min(1).max(6)).min(1).optional(),
        stars: z.array(z.number().int().min(3).max(5)).min(1).optional(),
        producer_ids: z.array(recordId()).min(1).max(200).optional(),
      })
      .strict()
      .refine(
        (rules) => Object.values(rules).some((values) => values?.length),
        "rules: give at least one of provinces, product_groups, stars, producer_ids",
      ),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.ends_at <= body.starts_at)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["ends_at"], message: "ends_at must be after starts_at" })
    if (body.discount.type === "percentage" && body.discount.value > 100) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["discount", "value"],
        message: "discount.value: a percentage is at most 100",
      })
    }
  })
export type AdminCreateOcopCampaignType = z.infer<typeof AdminCreateOcopCampaign>

export const AdminListOcopCampaigns = listParams({ limit: 50, max: 100 }).strict()
/** Campaigns come in their own order (by start), with their usage: no `order` parameter. */
export const adminListOcopCampaignsConfig = listQueryConfig({ limit: 50 })
