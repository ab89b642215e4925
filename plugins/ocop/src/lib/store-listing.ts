import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../modules/certification"
import type CertificationModuleService from "../modules/certification/service"
import { provinceFilter } from "./certificate-listing"
import { presentStoreOcop } from "./present"
import { findOcopSalesChannel } from "./sales-channel"

type Container = Pick<MedusaContainer, "resolve">

export interface StoreOcopQuery {
  stars?: number[]
  product_group?: number[]
  province?: string
  limit: number
  offset: number
}

/**
 * Published products in the OCOP sales channel that hold a certificate valid now, with their
 * compact `ocop` object, best stars first. Like Medusa's own store product listing, the channel's
 * product ids are read from the link first; then one paged query on certificates and one on the
 * page's products.
 */
export async function listStoreOcopProducts(container: Container, params: StoreOcopQuery, salesChannelIds: string[] | undefined, at = new Date()) {
  const empty = { products: [], count: 0, limit: params.limit, offset: params.offset }
  const province = provinceFilter(params.province)
  const channel = await findOcopSalesChannel(container)
  if (!channel || (salesChannelIds && !salesChannelIds.includes(channel.id))) return empty

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: channel.id },
  })
  if (!links.length) return empty
  const { data: published } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { id: (links as { product_id: string }[]).map((l) => l.product_id), status: ProductStatus.PUBLISHED },
  })
  if (!published.length) return empty

  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const filters: Record<string, unknown> = {
    status: "valid",
    expires_at: { $gt: at },
    product_id: (published as { id: string }[]).map((p) => p.id),
  }
  if (params.stars?.length) filters.stars = params.stars
  if (params.product_group?.length) filters.product_group = params.product_group
  if (province) filters.province = province
  const [certificates, count] = await certification.listAndCountOcopCertificates(filters as any, {
    relations: ["subject"],
    skip: params.offset,
    take: params.limit,
    order: { stars: "DESC", decision_date: "DESC", id: "ASC" },
  })
  if (!certificates.length) return { ...empty, count }

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "subtitle", "handle", "thumbnail"],
    filters: { id: certificates.map((c) => c.product_id) },
  })
  const byId = new Map((products as Record<string, any>[]).map((p) => [p.id, p]))
  return {
    products: certificates
      .filter((c) => byId.has(c.product_id))
      .map((c) => ({ ...byId.get(c.product_id), ocop: presentStoreOcop(c) })),
    count,
    limit: params.limit,
    offset: params.offset,
  }
}
