import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { compactListingCounts, listingCountsReady } from "../lib/listing-counts"

/** Every minute: the listing's counts, appended to by every write, folded into one row per key. */
export default async function ocopListingCounts(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  if (await listingCountsReady(knex)) await compactListingCounts(knex)
}

export const config = {
  name: "ocop-listing-counts",
  schedule: "* * * * *",
}
