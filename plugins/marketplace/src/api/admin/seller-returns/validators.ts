import { z } from "@medusajs/framework/zod"
import { multiLine } from "@ocop/plugin-ocop/validation"

/** The admin's decision on an escalated return: accept with instructions, or refuse (final) with a reason. */
export const AdminDecideReturn = z
  .object({
    decision: z.enum(["accept", "refuse"]),
    instructions: multiLine(1000, 3).nullish(),
    note: multiLine(1000, 3),
  })
  .strict()
  .refine((body) => body.decision === "refuse" || !!body.instructions, {
    message: "say how the goods are sent back when accepting",
    path: ["instructions"],
  })
