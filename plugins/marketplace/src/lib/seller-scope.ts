import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import SellerProductLink from "../links/seller-product"

type Container = Pick<MedusaContainer, "resolve">

/** The ids of a seller's products (all, or those among `productIds`). */
export async function sellerProductIds(
  container: Container,
  sellerId: string,
  productIds?: string[],
): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: SellerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { seller_id: sellerId, ...(productIds ? { product_id: productIds } : {}) },
  })
  return (data as { product_id: string }[]).map((row) => row.product_id)
}

/** 404 unless the product is the seller's: another seller's id looks like a missing one. */
export async function assertOwnProduct(container: Container, sellerId: string, productId: string) {
  const [own] = await sellerProductIds(container, sellerId, [productId])
  if (!own) throw notFound(`product ${productId} not found`)
}
