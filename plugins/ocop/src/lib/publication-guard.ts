import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_SALES_CHANNEL_NAME } from "../constants"
import { CERTIFICATION_MODULE } from "../modules/certification"
import type CertificationModuleService from "../modules/certification/service"
import { statusAt, validUntilFromExpiry } from "../rules"
import { ruleErrorsToMedusaError } from "./errors"
import { findOcopSalesChannel, productsInChannel } from "./sales-channel"

type Container = Pick<MedusaContainer, "resolve">

/** `product.metadata[GIFT_BOX_PARTS_KEY]`: the product ids a gift box is made of. */
export const GIFT_BOX_PARTS_KEY = "ocop_gift_box_parts"

export interface UncertifiedProduct {
  product_id: string
  title: string
  /** The latest certificate, when the product had one. */
  last_certificate: { decision_number: string; status: string; valid_until: string } | null
}

/**
 * The products among `productIds` without a certificate valid at `at` (status valid and not past
 * its expiry), with their latest certificate if any. Two queries whatever the number of products.
 */
export async function findProductsWithoutValidCertificate(
  container: Container,
  productIds: string[],
  at: Date,
): Promise<UncertifiedProduct[]> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return []
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const certificates = await certification.listOcopCertificates(
    { product_id: ids },
    {
      select: ["id", "product_id", "status", "expires_at", "decision_number", "created_at"],
      order: { created_at: "DESC" },
    },
  )
  const latest = new Map<string, (typeof certificates)[number]>()
  const certified = new Set<string>()
  for (const certificate of certificates) {
    if (!latest.has(certificate.product_id)) latest.set(certificate.product_id, certificate)
    if (statusAt(certificate, at) === "valid") certified.add(certificate.product_id)
  }
  let missing = ids.filter((id) => !certified.has(id))
  if (!missing.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "metadata"],
    filters: { id: missing },
  })
  const titles = new Map((products as { id: string; title: string }[]).map((p) => [p.id, p.title]))
  // A gift box (plugin-promotion) holds no certificate of its own: it is OCOP while every part is.
  for (const product of products as { id: string; metadata?: Record<string, unknown> | null }[]) {
    const parts = product.metadata?.[GIFT_BOX_PARTS_KEY]
    if (!Array.isArray(parts) || !parts.length) continue
    const partIds = parts.filter((part): part is string => typeof part === "string" && part !== product.id)
    if (partIds.length && !(await findProductsWithoutValidCertificate(container, partIds, at)).length) {
      missing = missing.filter((id) => id !== product.id)
    }
  }
  return missing.map((id) => {
    const last = latest.get(id)
    return {
      product_id: id,
      title: titles.get(id) ?? id,
      last_certificate: last
        ? {
            decision_number: last.decision_number,
            status: statusAt(last, at),
            valid_until: validUntilFromExpiry(last.expires_at),
          }
        : null,
    }
  })
}

export function describeUncertified(product: UncertifiedProduct): string {
  const last = product.last_certificate
  if (!last) return "it has no OCOP certificate"
  if (last.status === "expired") return `its OCOP certificate ${last.decision_number} expired after ${last.valid_until}`
  return `its OCOP certificate ${last.decision_number} is ${last.status}`
}

/**
 * The publication guard: refuses (400) when any of `productIds` lacks a valid certificate, naming
 * each product and the rule.
 */
export async function assertProductsPublishable(
  container: Container,
  productIds: string[],
  at: Date,
  field = "sales_channels",
) {
  const uncertified = await findProductsWithoutValidCertificate(container, productIds, at)
  if (!uncertified.length) return
  throw ruleErrorsToMedusaError(
    uncertified.map((product) => ({
      field,
      rule: "ocop_publication_guard",
      message: `product "${product.title}" cannot be in the sales channel "${OCOP_SALES_CHANNEL_NAME}": ${describeUncertified(product)}; only products with a valid OCOP certificate are sold as OCOP`,
    })),
  )
}

/** The guard applied to products as they are now: those in the OCOP channel must be validly certified. */
export async function assertOcopChannelMembersCertified(container: Container, productIds: string[], at = new Date()) {
  if (!productIds.length) return
  const channel = await findOcopSalesChannel(container)
  if (!channel) return
  const inChannel = await productsInChannel(container, channel.id, productIds)
  await assertProductsPublishable(container, [...inChannel], at)
}
