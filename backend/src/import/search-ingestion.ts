import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SEARCH_INDEX_EVENTS } from "@ocop/plugin-ocop/lib/search/events"

/** Medusa's subscriber that hands every declared event to the Search Module (search-ingestion). */
const SUBSCRIBER_ID = "search-ingestion"

type SearchModule = { ingest: (event: { name: string; data: unknown }) => Promise<unknown> }

/**
 * For the import script's process (it does nothing else): the search index is written once per
 * batch (indexProducts: one read and one upsert for the batch's products) instead of once per
 * event: a product, each variant, price and stock level and its certificate each rebuilt the
 * product's document, about eight rebuilds per product, which made the index the import's
 * bottleneck. Only with the in-process event bus (events are handled in this process); with Redis
 * the servers index the events as usual. Not for a server process: nothing puts it back.
 */
export function stopSearchIngestionInThisProcess(container: MedusaContainer) {
  const search = container.resolve<SearchModule | undefined>(Modules.SEARCH, { allowUnregistered: true })
  const eventBus = container.resolve<any>(Modules.EVENT_BUS)
  if (!search || eventBus?.constructor?.name !== "LocalEventBusService") return
  const context = { subscriberId: SUBSCRIBER_ID }
  const handler = Object.assign((event: { name: string; data: unknown }) => search.ingest(event), context)
  for (const name of SEARCH_INDEX_EVENTS) eventBus.unsubscribe(name, handler, context)
}

/** Writes (or removes, when gone) the search documents of these products in one go. */
export async function indexProducts(container: MedusaContainer, productIds: string[]) {
  const search = container.resolve<SearchModule | undefined>(Modules.SEARCH, { allowUnregistered: true })
  if (search && productIds.length) await search.ingest({ name: "product.updated", data: { id: productIds } })
}
