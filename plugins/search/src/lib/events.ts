import { CERTIFICATE_EVENTS } from "@ocop/plugin-ocop/constants"

/**
 * The events that change a product's search document, and how each leads to product ids:
 * product, variant (prices are written through variants), price, inventory and reservation
 * (stock), and the certification workflows' own events (stars, validity, revocation).
 */
export const PRODUCT_EVENTS = ["product.created", "product.updated", "product.deleted"]
export const VARIANT_EVENTS = ["product-variant.created", "product-variant.updated", "product-variant.deleted"]
export const PRICE_EVENTS = ["pricing.price.created", "pricing.price.updated"]
export const INVENTORY_LEVEL_EVENTS = ["inventory-level.created", "inventory-level.updated", "inventory-level.deleted"]
export const INVENTORY_ITEM_EVENTS = ["inventory-item.updated"]
export const RESERVATION_EVENTS = ["reservation-item.created", "reservation-item.updated", "reservation-item.deleted"]
export const OCOP_CERTIFICATE_EVENTS = Object.values(CERTIFICATE_EVENTS) as string[]
/** plugin-reviews: a product's rating summary changed ({ product_id }). */
export const RATING_EVENTS = ["review.rating_changed"]

export const SEARCH_INDEX_EVENTS = [
  ...PRODUCT_EVENTS,
  ...VARIANT_EVENTS,
  ...PRICE_EVENTS,
  ...INVENTORY_LEVEL_EVENTS,
  ...INVENTORY_ITEM_EVENTS,
  ...RESERVATION_EVENTS,
  ...OCOP_CERTIFICATE_EVENTS,
  ...RATING_EVENTS,
]

type Query = { graph: (options: any) => Promise<{ data: any[] }> }
type Logger = { warn: (message: string) => void } | undefined

function ids(value: unknown): string[] {
  if (value === null || value === undefined) return []
  return (Array.isArray(value) ? value : [value]).filter((v) => typeof v === "string" && v.length > 0) as string[]
}

function unique(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === "string" && v.length > 0))]
}

async function graphIds(
  query: Query,
  entity: string,
  id: string[],
  fields: string[],
  pick: (row: any) => (string | null | undefined)[],
  withDeleted = false,
) {
  if (!id.length) return []
  const { data } = await query.graph({ entity, fields, filters: { id }, ...(withDeleted ? { withDeleted: true } : {}) })
  return unique(data.flatMap(pick))
}

/**
 * The products an event concerns. A read that fails (an entity gone, a relation this Medusa
 * version names differently) is logged and yields nothing: the nightly catch-up or a reindex
 * repairs what a single lost event leaves behind.
 */
export async function productIdsForEvent(
  event: { name: string; data?: any },
  query: Query,
  logger?: Logger,
): Promise<string[]> {
  const data = event.data ?? {}
  const eventIds = ids(data.id)
  try {
    if (PRODUCT_EVENTS.includes(event.name)) return unique(eventIds)
    if (RATING_EVENTS.includes(event.name)) return unique(ids(data.product_id))
    if (OCOP_CERTIFICATE_EVENTS.includes(event.name)) {
      const direct = unique([...ids(data.product_id), ...ids(data.product_ids)])
      if (direct.length) return direct
      return await graphIds(query, "ocop_certificate", eventIds, ["product_id"], (row) => [row.product_id])
    }
    if (VARIANT_EVENTS.includes(event.name)) {
      const direct = ids(data.product_id)
      if (direct.length) return unique(direct)
      return await graphIds(query, "product_variant", eventIds, ["id", "product_id"], (row) => [row.product_id], true)
    }
    if (PRICE_EVENTS.includes(event.name)) {
      return await graphIds(query, "price", eventIds, ["id", "price_set.variant.product_id"], (row) => [
        row.price_set?.variant?.product_id,
      ])
    }
    if (INVENTORY_LEVEL_EVENTS.includes(event.name)) {
      const itemIds = await graphIds(
        query,
        "inventory_level",
        eventIds,
        ["id", "inventory_item_id"],
        (row) => [row.inventory_item_id],
        true,
      )
      return await productsOfInventoryItems(query, itemIds)
    }
    if (INVENTORY_ITEM_EVENTS.includes(event.name)) {
      return await productsOfInventoryItems(query, eventIds)
    }
    if (RESERVATION_EVENTS.includes(event.name)) {
      const itemIds = await graphIds(
        query,
        "reservation",
        eventIds,
        ["id", "inventory_item_id"],
        (row) => [row.inventory_item_id],
        true,
      )
      return await productsOfInventoryItems(query, itemIds)
    }
  } catch (error) {
    logger?.warn(
      `[Search] Could not tell which products "${event.name}" ${JSON.stringify(eventIds)} concerns: ${(error as Error).message}`,
    )
  }
  return []
}

async function productsOfInventoryItems(query: Query, inventoryItemIds: string[]) {
  return await graphIds(query, "inventory_item", inventoryItemIds, ["id", "variants.product_id"], (row) =>
    (row.variants ?? []).map((variant: any) => variant?.product_id),
  )
}
