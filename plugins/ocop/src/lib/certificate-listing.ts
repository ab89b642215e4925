import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../modules/certification"
import type CertificationModuleService from "../modules/certification/service"
import { resolveProvince } from "@ocop/reference"
import { parseDecisionNumber } from "../rules"
import { invalid, notFound } from "./errors"
import { presentCertificate } from "./present"

type Container = Pick<MedusaContainer, "resolve">
const DAY_MS = 24 * 60 * 60 * 1000

export interface CertificateListParams {
  status?: string[]
  stars?: number[]
  province?: string
  product_group?: number[]
  product_id?: string
  subject_id?: string
  expiring_within_days?: number
  q?: string
  order?: string
}

function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** A province filter: a current unit, or an old name mapped to it; 400 naming `province` otherwise. */
export function provinceFilter(value: string | undefined, field = "province"): string | undefined {
  if (value === undefined || value === "") return undefined
  const resolved = resolveProvince(value)
  if (!resolved) {
    throw invalid(
      field,
      "province",
      `unknown province "${value}": give one of the 34 current units (or a former province name), with its accents`,
    )
  }
  return resolved.current
}

/** Status filters are by the status NOW: `valid` means stored valid and not past its expiry. */
function statusClauses(statuses: string[], at: Date): Record<string, unknown>[] {
  return statuses.flatMap((status): Record<string, unknown>[] => {
    if (status === "valid") return [{ status: "valid", expires_at: { $gt: at } }]
    if (status === "expired") return [{ status: "expired" }, { status: "valid", expires_at: { $lte: at } }]
    return [{ status }]
  })
}

/** Module filters for the admin certificate list (and its CSV export). */
export async function certificateFilters(container: Container, params: CertificateListParams, at: Date) {
  const and: Record<string, unknown>[] = []
  if (params.status?.length) and.push({ $or: statusClauses(params.status, at) })
  if (params.stars?.length) and.push({ stars: params.stars })
  if (params.product_group?.length) and.push({ product_group: params.product_group })
  const province = provinceFilter(params.province)
  if (province) and.push({ province })
  if (params.product_id) and.push({ product_id: params.product_id })
  if (params.subject_id) and.push({ subject_id: params.subject_id })
  if (params.expiring_within_days !== undefined) {
    and.push({
      status: "valid",
      expires_at: { $gt: at, $lte: new Date(at.getTime() + params.expiring_within_days * DAY_MS) },
    })
  }
  const q = params.q?.trim()
  if (q) {
    const like = `%${escapeLike(q)}%`
    const number = parseDecisionNumber(q)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { q },
      pagination: { take: 500, skip: 0 },
    })
    and.push({
      $or: [
        { decision_number: { $ilike: like } },
        // "1104/QD-UBND" typed without a Vietnamese keyboard finds 1104/QĐ-UBND.
        ...(number.ok ? [{ decision_number: number.value.value }] : []),
        { subject: { legal_name: { $ilike: like } } },
        { subject: { tax_code: { $ilike: like } } },
        ...(products.length ? [{ product_id: (products as { id: string }[]).map((p) => p.id) }] : []),
      ],
    })
  }
  return and.length ? { $and: and } : {}
}

export function certificateOrder(order = "-decision_date"): Record<string, "ASC" | "DESC"> {
  const descending = order.startsWith("-")
  const field = descending ? order.slice(1) : order
  return { [field]: descending ? "DESC" : "ASC", id: "ASC" }
}

/** Products {id, title, handle} by id, in one query. */
export async function productSummaries(container: Container, ids: string[]) {
  if (!ids.length) return new Map<string, { id: string; title: string; handle: string }>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle"],
    filters: { id: [...new Set(ids)] },
  })
  return new Map((data as { id: string; title: string; handle: string }[]).map((p) => [p.id, p]))
}

/**
 * A page of certificates, each with its product {id, title, handle} and subject {id, legal_name,
 * type}: three SQL queries whatever the page size (certificates with subjects, count, products).
 */
export async function listCertificates(
  container: Container,
  params: CertificateListParams,
  page: { skip: number; take: number },
  at = new Date(),
) {
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const filters = await certificateFilters(container, params, at)
  const [rows, count] = await certification.listAndCountOcopCertificates(filters as any, {
    relations: ["subject"],
    skip: page.skip,
    take: page.take,
    order: certificateOrder(params.order),
  })
  const products = await productSummaries(
    container,
    rows.map((row) => row.product_id),
  )
  const certificates = rows.map((row) =>
    presentCertificate({ ...row, product: products.get(row.product_id) ?? null }, at),
  )
  return { certificates, count }
}

/** One certificate with its product and subject; 404 when unknown. */
export async function retrieveCertificate(container: Container, id: string, at = new Date()) {
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const [row] = await certification.listOcopCertificates({ id }, { relations: ["subject"], take: 1 })
  if (!row) throw notFound(`No OCOP certificate with id ${JSON.stringify(id)}`)
  const products = await productSummaries(container, [row.product_id])
  return presentCertificate({ ...row, product: products.get(row.product_id) ?? null }, at)
}
