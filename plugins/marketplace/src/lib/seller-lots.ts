import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import { traceability } from "@ocop/plugin-ocop/lots"
import { sellerProductIds } from "./seller-scope"

type Container = Pick<MedusaContainer, "resolve">

/** A seller as its trace events name it: its registered name and the OCOP subject it is. */
export async function sellerIdentity(
  container: Container,
  sellerId: string,
): Promise<{ id: string; legal_name: string; subject_id: string }> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller",
    fields: ["id", "legal_name", "ocop_subject.id"],
    filters: { id: sellerId },
  })
  const seller = data[0] as any
  return { id: seller.id, legal_name: seller.legal_name, subject_id: seller.ocop_subject.id }
}

/** The OCOP subject a seller is (the producer of its lots and events). */
export async function sellerSubjectId(container: Container, sellerId: string): Promise<string> {
  return (await sellerIdentity(container, sellerId)).subject_id
}

/** 404 unless the variant belongs to one of the seller's products. */
export async function assertOwnVariant(container: Container, sellerId: string, variantId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "variant",
    fields: ["id", "product_id"],
    filters: { id: variantId },
  })
  const productId = (data[0] as any)?.product_id
  if (!productId || !(await sellerProductIds(container, sellerId, [productId])).length)
    throw notFound(`variant ${variantId} not found`)
}

/** A lot of one of the seller's variants, or 404. */
export async function ownLot(container: Container, sellerId: string, lotId: string) {
  const [lot] = await traceability(container).listTraceLots({ id: lotId }, { take: 1 })
  if (!lot || !(await sellerProductIds(container, sellerId, [lot.product_id])).length)
    throw notFound(`lot ${lotId} not found`)
  return lot
}
