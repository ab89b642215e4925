import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recountStoreCounts } from "../lib/store-counts"

/**
 * A product published, unpublished or deleted outside the certification workflows (which recount
 * in their own steps): its producer's store counts (lib/store-counts.ts) follow.
 */
export default async function storeCountsOfProduct({
  event: { data },
  container,
}: SubscriberArgs<{ id: string | string[] }>) {
  const ids = [data?.id].flat().filter((id): id is string => typeof id === "string")
  if (!ids.length) return
  try {
    await recountStoreCounts(container, { product_ids: ids })
  } catch (error) {
    // The periodic rebuild (jobs/ocop-store-counts) puts them right.
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`OCOP store counts: could not recount after a product change: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: ["product.updated", "product.deleted"],
  context: { subscriberId: "ocop-store-counts" },
}
