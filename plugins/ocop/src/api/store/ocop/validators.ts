import { z } from "@medusajs/framework/zod"
import { queryList, recordId, singleLine } from "../../../lib/validation"

/** Store listing of OCOP products: unknown parameters and values are refused with 400 naming the filter. */
export const StoreListOcopProducts = z.object({
  id: queryList(recordId()),
  stars: queryList(z.coerce.number().int().min(3).max(5)),
  product_group: queryList(z.coerce.number().int().min(1).max(6)),
  province: singleLine(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

export const StoreVerifyCertificate = z.object({
  decision_number: singleLine(100, 1),
  /** Narrows an ambiguous number: part of the issuer's name, with or without accents ("Lào Cai", "lao cai"). */
  issuer: singleLine(200).optional(),
  /** Narrows an ambiguous number: the decision's calendar year. */
  year: z.coerce.number().int().min(2018).max(2100).optional(),
})
