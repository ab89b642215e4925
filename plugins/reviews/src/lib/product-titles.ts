import { Modules } from "@medusajs/framework/utils"
import type { Container } from "./sql"

/** The title and handle of each product, for review lists (one statement). */
export async function productTitles(container: Container, productIds: string[]) {
  const ids = [...new Set(productIds.filter(Boolean))]
  if (!ids.length) return new Map<string, { id: string; title: string; handle: string }>()
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ id: ids }, { select: ["id", "title", "handle"], take: ids.length })
  return new Map(
    products.map((product) => [product.id, { id: product.id, title: product.title, handle: product.handle }]),
  )
}
