import type { MedusaContainer } from "@medusajs/framework/types"
import { rebuildStoreCounts } from "../lib/store-counts"

/**
 * Every 15 minutes: the store's counts of OCOP products (home, province and producer pages) counted
 * again from the certificates, in case a product's publication changed where no workflow step or
 * event recounted it (a product linked to the sales channel by hand).
 */
export default async function ocopStoreCounts(container: MedusaContainer) {
  await rebuildStoreCounts(container)
}

export const config = {
  name: "ocop-store-counts",
  schedule: "*/15 * * * *",
}
