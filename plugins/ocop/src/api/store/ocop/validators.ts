import { z } from "@medusajs/framework/zod"
import { STORE_OCOP_SORTS } from "../../../lib/store-listing"
import { decodeListingCursor } from "../../../lib/listing-cursor"
import { pageParams } from "../../utils/validate-query"
import { queryList, recordId, requiredQueryList, singleLine } from "../../../lib/validation"

/** The filters the store listing and its summary share. */
const storeOcopFilters = {
  id: queryList(recordId(), 100),
  stars: queryList(z.coerce.number().int().min(3).max(5), 3),
  product_group: queryList(z.coerce.number().int().min(1).max(6), 6),
  province: singleLine(100).optional(),
  /** Producers (OCOP subjects) by id. */
  subject_id: queryList(recordId(), 20),
}

/** A page's `next_cursor` or `prev_cursor`, as the listing gave it. */
const listingCursor = (name: "after" | "before") =>
  z.string().transform((text, ctx) => {
    const cursor = decodeListingCursor(text)
    if (!cursor)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `${name}: not a next_cursor or prev_cursor this listing gave`,
      })
    return cursor ?? z.NEVER
  })

/**
 * Store listing of OCOP products: unknown parameters and values are refused with 400 naming the
 * filter. A page is asked for by `offset`, or after / before a cursor of a page already read.
 */
export const StoreListOcopProducts = z.object({
  ...storeOcopFilters,
  sort: z.enum(STORE_OCOP_SORTS).default("stars"),
  ...pageParams({ limit: 20, max: 100 }),
  after: listingCursor("after").optional(),
  before: listingCursor("before").optional(),
})

/** A page of producers beside the counts (none with `producers_limit=0`). */
const producersPage = pageParams({ limit: 20, max: 100, min: 0 })

/** Counts of the OCOP products on sale by stars, group and province, and their producers (a page). */
export const StoreOcopSummary = z.object({
  ...storeOcopFilters,
  producers_limit: producersPage.limit,
  producers_offset: producersPage.offset,
})
export type StoreOcopSummaryType = z.infer<typeof StoreOcopSummary>

/** A page of a province's producers (most listed products first); deep pages are not asked for. */
export const StoreProvinceProducers = z.object({
  ...pageParams({ limit: 24, max: 50, maxOffset: 5_000 }),
})
export type StoreProvinceProducersType = z.infer<typeof StoreProvinceProducers>

/** Which of these products cannot be sold as OCOP now (a cart's lines). */
export const StoreOcopUncertified = z.object({
  product_id: requiredQueryList(recordId(), 1, 100),
})
export type StoreOcopUncertifiedType = z.infer<typeof StoreOcopUncertified>

export const StoreVerifyCertificate = z.object({
  decision_number: singleLine(100, 1),
  /** Narrows an ambiguous number: part of the issuer's name, with or without accents ("Lào Cai", "lao cai"). */
  issuer: singleLine(200).optional(),
  /** Narrows an ambiguous number: the decision's calendar year. */
  year: z.coerce.number().int().min(2018).max(2100).optional(),
})

/** The products of a cart (at most 100) whose pickup points the checkout shows. */
export const StorePickupPoints = z.object({
  product_id: requiredQueryList(recordId(), 1, 100),
})
