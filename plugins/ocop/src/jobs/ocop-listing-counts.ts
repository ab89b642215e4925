import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { compactListingCounts, forgetListingCounts, listingCountsReady } from "../lib/listing-counts"

/**
 * Every minute: the listing's counts, appended to by every write, folded into one row per key, and
 * the producers' ranking made again from them. Counts found missing (a database restored from an
 * older copy) are made again first.
 */
export default async function ocopListingCounts(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  try {
    if (await listingCountsReady(knex)) await compactListingCounts(knex)
  } catch (error) {
    // 42P01: undefined table
    if ((error as { code?: string }).code !== "42P01") throw error
    forgetListingCounts()
    if (await listingCountsReady(knex)) await compactListingCounts(knex)
  }
}

export const config = {
  name: "ocop-listing-counts",
  schedule: "* * * * *",
}
