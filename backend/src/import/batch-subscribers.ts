import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { notifyProductFollowers } from "@ocop/plugin-promotion/product-followers"
import { syncOcopProductTags } from "@ocop/plugin-promotion/sync-product-tags"

type SearchModule = { ingest: (event: { name: string; data: unknown }) => Promise<unknown> }

/**
 * The subscribers that react to each product and certificate event, and that the import does once
 * per batch instead (afterBatch): Medusa's search ingestion (a product, each variant, price and
 * stock level and its certificate each rebuilt the product's document, about eight rebuilds per
 * product), the OCOP tag sync (one locked workflow run per certificate issued, all queued behind
 * one lock) and the followers' notification (a workflow run per product created). Per event they
 * made 20,000 products take about an hour, and `medusa exec` exits without waiting for the
 * subscribers still queued, which left products untagged.
 */
const PER_BATCH_SUBSCRIBERS = ["search-ingestion", "ocop-certificate-tags", "product-published-followers"]

/**
 * For the import script's process (it does nothing else): stops those subscribers. Only with the
 * in-process event bus (events are handled in this process); with Redis the workers handle the
 * events as usual. Not for a server process: nothing puts them back.
 */
export function stopPerEventSubscribersInThisProcess(container: MedusaContainer) {
  const eventBus = container.resolve<any>(Modules.EVENT_BUS)
  if (eventBus?.constructor?.name !== "LocalEventBusService") return
  for (const [event, subscribers] of [...(eventBus.eventToSubscribersMap as Map<string, { id: string }[]>)]) {
    for (const { id } of [...subscribers]) {
      if (PER_BATCH_SUBSCRIBERS.includes(id))
        eventBus.unsubscribe(
          event,
          Object.assign(() => undefined, { subscriberId: id }),
          { subscriberId: id },
        )
    }
  }
}

/**
 * What those subscribers do, for a batch's products at once: their search documents written in
 * one ingest, their OCOP tags synced in one workflow run, their producers' followers told. Each
 * is idempotent, so a resumed batch can run it again.
 */
export async function afterBatch(container: MedusaContainer, productIds: string[]) {
  if (!productIds.length) return
  const search = container.resolve<SearchModule | undefined>(Modules.SEARCH, { allowUnregistered: true })
  if (search) await search.ingest({ name: "product.updated", data: { id: productIds } })
  await syncOcopProductTags(container, productIds)
  await notifyProductFollowers(container, productIds)
}
