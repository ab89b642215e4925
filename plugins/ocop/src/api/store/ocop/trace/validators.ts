import { z } from "@medusajs/framework/zod"

/** `?format=epcis` → EPCIS 2.0 JSON-LD (as with `Accept: application/ld+json`); `json` (default) → the trace page data. */
export const StoreTraceLot = z.object({
  format: z.enum(["json", "epcis"]).optional(),
})

export const StoreListDigests = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})

/** A digest's leaves with their proofs, paged; or one lot's (by id, or GTIN + lot number). */
export const StoreDigestLeaves = z.object({
  sequence: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  lot_id: z.string().trim().min(1).max(100).optional(),
  gtin: z.string().trim().min(1).max(20).optional(),
  lot: z.string().trim().min(1).max(40).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
})
