import { z } from "@medusajs/framework/zod"
import { listParams, listQueryConfig, pageParams } from "../../../utils/validate-query"

/** `?format=epcis` → EPCIS 2.0 JSON-LD (as with `Accept: application/ld+json`); `json` (default) → the trace page data. */
export const StoreTraceLot = z.object({
  format: z.enum(["json", "epcis"]).optional(),
})

/** A page of the published digests, newest first: ?limit (1–100, 30) &offset. */
export const StoreListDigests = listParams({ limit: 30, max: 100 })
export const storeListDigestsConfig = listQueryConfig({ limit: 30 })

/** A digest's leaves with their proofs, paged; or one lot's (by id, or GTIN + lot number). */
export const StoreDigestLeaves = z.object({
  sequence: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  lot_id: z.string().trim().min(1).max(100).optional(),
  gtin: z.string().trim().min(1).max(20).optional(),
  lot: z.string().trim().min(1).max(40).optional(),
  // The leaves and their proofs are computed from the digest, not read as rows: paged in memory.
  ...pageParams({ limit: 100, max: 1000, maxOffset: 10_000_000 }),
})
