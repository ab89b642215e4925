import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { demoProducers } from "../catalogue/producers"
import { PRODUCT_GROUPS } from "@ocop/reference"
import type { DemoProduct } from "../catalogue/types"
import { renderProductImage } from "../images"

const BATCH = 25
/** Rough VND→USD rate for the export price list; shown prices are set, not converted live. */
const VND_PER_USD = 25_000

function usd(vnd: number) {
  return Math.max(1, Math.round((vnd / VND_PER_USD) * 100) / 100)
}

/** A promise's outcome as a value, so that one awaited later is never an unhandled rejection. */
function settled<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  return promise.then(
    (value) => ({ value }),
    (error) => ({ error }),
  )
}

function unwrap<T>(outcome: { value: T } | { error: unknown }): T {
  if ("error" in outcome) throw outcome.error
  return outcome.value
}

/** The six OCOP product groups as product categories; returns group number → category id. */
async function seedGroupCategories(container: MedusaContainer) {
  const productService = container.resolve(Modules.PRODUCT)
  const handles = PRODUCT_GROUPS.map((group) => group.handle)
  const existing = await productService.listProductCategories({ handle: handles })
  const missing = PRODUCT_GROUPS.filter((group) => !existing.some((c) => c.handle === group.handle))
  if (missing.length) {
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((group) => ({
          name: group.label_vi,
          handle: group.handle,
          description: group.label_en,
          is_active: true,
          metadata: { ocop_group: group.code, name_en: group.label_en },
        })),
      },
    })
  }
  const categories = await productService.listProductCategories({ handle: handles })
  return new Map(PRODUCT_GROUPS.map((group) => [group.code, categories.find((c) => c.handle === group.handle)!.id]))
}

/**
 * Creates the demo products that do not exist yet (by handle), with a locally rendered image,
 * VND and USD prices and stock at the demo location. Existing products are left as they are.
 */
export async function seedCatalogue(
  container: MedusaContainer,
  input: {
    products: DemoProduct[]
    salesChannelId: string
    stockLocationId: string
    shippingProfileId: string
  },
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productService = container.resolve(Modules.PRODUCT)
  const categoryByGroup = await seedGroupCategories(container)
  const producers = new Map(demoProducers.map((p) => [p.key, p]))

  const existing = await productService.listProducts(
    { handle: input.products.map((p) => p.handle) },
    { select: ["handle"], take: null },
  )
  const existingHandles = new Set(existing.map((p) => p.handle))
  const missing = input.products.filter((p) => !existingHandles.has(p.handle))
  logger.info(`Catalogue: ${existingHandles.size} products present, ${missing.length} to create`)

  // The next batch's images are rendered (sharp, off the main thread) while this batch's
  // workflows write; the products are still created batch after batch, in catalogue order.
  const render = (start: number) =>
    settled(Promise.all(missing.slice(start, start + BATCH).map((p) => renderProductImage(p))))
  let rendering = render(0)
  for (let start = 0; start < missing.length; start += BATCH) {
    const batch = missing.slice(start, start + BATCH)
    const images = unwrap(await rendering)
    if (start + BATCH < missing.length) rendering = render(start + BATCH)
    const { result: files } = await uploadFilesWorkflow(container).run({
      input: {
        files: batch.map((product, i) => ({
          filename: `${product.handle}.webp`,
          mimeType: "image/webp",
          content: images[i].toString("base64"),
          access: "public" as const,
        })),
      },
    })

    const { result: created } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((product, i) => {
          const producer = producers.get(product.producerKey)!
          return {
            title: product.title,
            handle: product.handle,
            subtitle: producer.legalName,
            description: product.description,
            status: ProductStatus.PUBLISHED,
            thumbnail: files[i].url,
            images: [{ url: files[i].url }],
            category_ids: [categoryByGroup.get(product.group)!],
            // A service (community tourism) is booked in dated slots, not shipped or stocked.
            shipping_profile_id: product.isService ? undefined : input.shippingProfileId,
            // No sales channel here: the certification section publishes the validly certified
            // products to the OCOP channel through the publication guard.
            metadata: {
              title_en: product.titleEn,
              description_en: product.descriptionEn,
              ocop_subgroup: product.subgroup,
              producer_key: product.producerKey,
              is_service: product.isService,
            },
            options: [{ title: "Quy cách", values: product.variants.map((v) => v.title) }],
            variants: product.variants.map((variant) => ({
              title: variant.title,
              sku: variant.sku,
              manage_inventory: !product.isService,
              options: { "Quy cách": variant.title },
              metadata: { title_en: variant.titleEn },
              prices: [
                { currency_code: "vnd", amount: variant.priceVnd },
                { currency_code: "usd", amount: usd(variant.priceVnd) },
              ],
            })),
          }
        }),
      },
    })

    const stockBySku = new Map(batch.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["sku", "inventory_items.inventory_item_id"],
      filters: { product_id: created.map((p) => p.id) },
    })
    const levels = variants.flatMap((variant) =>
      (variant.inventory_items ?? []).map((item) => ({
        inventory_item_id: item!.inventory_item_id,
        location_id: input.stockLocationId,
        stocked_quantity: stockBySku.get(variant.sku!) ?? 0,
      })),
    )
    if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
    logger.info(`Catalogue: created ${Math.min(start + BATCH, missing.length)}/${missing.length}`)
  }
}
