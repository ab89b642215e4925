import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TOURISM_MODULE, type TourismModuleService } from "@ocop/plugin-promotion/modules/tourism"
import type { DemoProduct } from "../catalogue/types"

/** Days ahead that always have slots, the start time (Vietnam time) and the persons per slot. */
const DAYS = 14
const START = "08:00"
const CAPACITY = 8

function vietnamDate(instant: Date, plusDays: number) {
  // Vietnam is UTC+7 all year: shift, then read the calendar date.
  return new Date(instant.getTime() + 7 * 3_600_000 + plusDays * 86_400_000).toISOString().slice(0, 10)
}

/**
 * Community-tourism products (group 6) are booked, not shipped: their variants need no shipping
 * (no shipping profile, no stock of boxes; a database seeded before keeps working), and each has a
 * slot at 08:00 on every one of the next 14 days for 8 persons. Idempotent: only missing slots are
 * created, so each start tops the calendar up; the seller holding the product, if any, owns them.
 */
export async function seedTourism(container: MedusaContainer, input: { products: DemoProduct[] }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const handles = input.products.filter((p) => p.isService).map((p) => p.handle)
  if (!handles.length) return
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "shipping_profile.id",
      "variants.id",
      "variants.manage_inventory",
      "variants.inventory_items.inventory_item_id",
      "seller.id",
    ],
    filters: { handle: handles },
  })
  await bookWithoutShipping(container, products as any[])

  const sellerOf = new Map<string, string>(
    (products as any[]).filter((p) => p.seller?.id).map((p) => [p.id, p.seller.id]),
  )
  const tourism = container.resolve<TourismModuleService>(TOURISM_MODULE)
  const now = new Date()
  const wanted = (products as any[])
    .filter((p) => p.variants?.length)
    .flatMap((p) =>
      Array.from({ length: DAYS }, (_, day) => ({
        product_id: p.id as string,
        variant_id: p.variants[0].id as string,
        seller_id: sellerOf.get(p.id) ?? null,
        starts_at: new Date(`${vietnamDate(now, day + 1)}T${START}:00+07:00`),
        capacity: CAPACITY,
      })),
    )
  const existing = await tourism.listTourismSlots(
    { variant_id: [...new Set(wanted.map((w) => w.variant_id))], starts_at: { $gt: now } },
    { take: null, select: ["id", "variant_id", "starts_at", "seller_id", "product_id"] },
  )
  const have = new Set(existing.map((s) => `${s.variant_id}@${new Date(s.starts_at).toISOString()}`))
  const missing = wanted.filter((w) => !have.has(`${w.variant_id}@${w.starts_at.toISOString()}`))
  if (missing.length) await tourism.createTourismSlots(missing)
  // A product a seller took over since: its slots are the seller's.
  const reowned = existing.filter((s) => !s.seller_id && sellerOf.get(s.product_id))
  if (reowned.length)
    await tourism.updateTourismSlots(reowned.map((s) => ({ id: s.id, seller_id: sellerOf.get(s.product_id)! })))
  logger.info(`Tourism: ${products.length} services, ${missing.length} slots created`)
}

/** Service variants need no shipping: no shipping profile on the product, no shipped inventory. */
async function bookWithoutShipping(container: MedusaContainer, products: any[]) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const withProfile = products.filter((p) => p.shipping_profile?.id)
  if (withProfile.length)
    await link.dismiss(
      withProfile.map((p) => ({
        [Modules.PRODUCT]: { product_id: p.id },
        [Modules.FULFILLMENT]: { shipping_profile_id: p.shipping_profile.id },
      })),
    )
  const managed = products.flatMap((p) => p.variants ?? []).filter((v: any) => v.manage_inventory)
  if (managed.length)
    await container
      .resolve(Modules.PRODUCT)
      .updateProductVariants({ id: managed.map((v: any) => v.id) }, { manage_inventory: false })
  const items = managed.flatMap((v: any) => (v.inventory_items ?? []).map((i: any) => i.inventory_item_id))
  if (items.length)
    await container
      .resolve(Modules.INVENTORY)
      .updateInventoryItems(items.map((id: string) => ({ id, requires_shipping: false })))
}
