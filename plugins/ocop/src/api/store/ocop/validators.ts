import { z } from "@medusajs/framework/zod"
import { recordId, singleLine } from "../../../lib/validation"

/** A query list: repeated (`?a=1&a=2`) or comma-separated (`?a=1,2`). */
const splitList = (value: unknown) =>
  value === undefined || value === ""
    ? undefined
    : (Array.isArray(value) ? value : String(value).split(",")).map((v) => String(v).trim())

function list<T extends z.ZodTypeAny>(item: T) {
  return z.preprocess(splitList, z.array(item).optional())
}

/** Store listing of OCOP products: unknown parameters and values are refused with 400 naming the filter. */
export const StoreListOcopProducts = z.object({
  id: list(recordId()),
  stars: list(z.coerce.number().int().min(3).max(5)),
  product_group: list(z.coerce.number().int().min(1).max(6)),
  province: singleLine(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreListOcopProductsType = z.infer<typeof StoreListOcopProducts>

export const StoreVerifyCertificate = z.object({
  decision_number: singleLine(100, 1),
  /** Narrows an ambiguous number: part of the issuer's name, with or without accents ("Lào Cai", "lao cai"). */
  issuer: singleLine(200).optional(),
  /** Narrows an ambiguous number: the decision's calendar year. */
  year: z.coerce.number().int().min(2018).max(2100).optional(),
})

/** The products of a cart (at most 100) whose pickup points the checkout shows. */
export const StorePickupPoints = z.object({
  product_id: z.preprocess(splitList, z.array(recordId()).min(1).max(100)),
})
