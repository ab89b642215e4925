import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { ImportTarget } from "./import-batch"
import { PRODUCT_GROUPS } from "@ocop/reference"

/** The store set up by the seed: default shipping profile, first stock location, group categories. */
export async function importTarget(container: MedusaContainer): Promise<ImportTarget> {
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { take: 1 })
  const [location] = await container
    .resolve(Modules.STOCK_LOCATION)
    .listStockLocations({}, { take: 1, order: { created_at: "ASC" } })
  const categories = await container
    .resolve(Modules.PRODUCT)
    .listProductCategories({ handle: PRODUCT_GROUPS.map((g) => g.handle) })
  if (!profile || !location || categories.length !== PRODUCT_GROUPS.length) {
    throw new Error("The store is not set up: run the seed (npm run seed -w @ocop/backend) before importing")
  }
  return {
    shippingProfileId: profile.id,
    stockLocationId: location.id,
    categoryByGroup: new Map(PRODUCT_GROUPS.map((g) => [g.code, categories.find((c) => c.handle === g.handle)!.id])),
  }
}
