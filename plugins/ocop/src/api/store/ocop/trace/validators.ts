import { z } from "@medusajs/framework/zod"

/** `?format=epcis` → EPCIS 2.0 JSON-LD (as with `Accept: application/ld+json`); `json` (default) → the trace page data. */
export const StoreTraceLot = z.object({
  format: z.enum(["json", "epcis"]).optional(),
})
