import { z } from "@medusajs/framework/zod"
import type { CreateSubjectInput } from "@ocop/plugin-ocop/workflows"

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")

/**
 * One line of a catalogue file (JSON Lines): a certified product with its producer (the OCOP
 * subject, keyed by tax code), its certificate and its variants. `handle` is the external id that
 * makes the import idempotent. The OCOP rules themselves (competent authority, stars from the
 * score, decision numbers, provinces) are checked by the plugin's workflows, not here.
 */
export const CatalogueRowSchema = z.object({
  handle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lower-case slug"),
  title: z.string().trim().min(1),
  title_en: z.string().trim().min(1).optional(),
  description: z.string().optional(),
  group: z.number().int().min(1).max(6),
  subgroup: z.string().trim().min(1),
  producer: z.object({
    tax_code: z.string().trim().min(1),
    legal_name: z.string().trim().min(1),
    // Checked (with the tax code and the province) by the plugin's createSubjectWorkflow
    type: z.custom<CreateSubjectInput["type"]>((value) => typeof value === "string"),
    address: z.string().trim().min(1),
    province: z.string().trim().min(1),
    /** The former province (one of the 63) of a producer whose unit was merged on 1 Jul 2025, when not named like the unit. */
    historical_province: z.string().trim().min(1).nullish(),
  }),
  certificate: z.object({
    decision_number: z.string().trim().min(1),
    decision_date: day,
    authority_level: z.enum(["district", "province", "ministry"]),
    authority_name: z.string().trim().min(1),
    council: z.string().trim().min(1),
    evaluated_at: day,
    total_score: z.number().min(0).max(100),
    mandatory_unmet: z.array(z.string()).optional(),
  }),
  variants: z
    .array(
      z.object({
        sku: z.string().trim().min(1),
        title: z.string().trim().min(1),
        price_vnd: z.number().int().positive(),
        stock: z.number().int().min(0),
      }),
    )
    .min(1),
})

export type CatalogueRow = z.infer<typeof CatalogueRowSchema>

/** The row, or the reasons it is refused, each naming its field. */
export function parseCatalogueRow(line: string): { row: CatalogueRow } | { reasons: string[] } {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch (error) {
    return { reasons: [`not valid JSON: ${(error as Error).message}`] }
  }
  const parsed = CatalogueRowSchema.safeParse(json)
  if (parsed.success) return { row: parsed.data }
  return { reasons: parsed.error.issues.map((issue) => `${issue.path.join(".") || "row"}: ${issue.message}`) }
}
