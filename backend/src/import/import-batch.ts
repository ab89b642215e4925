import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  deleteProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import { scoresForTotal } from "@ocop/plugin-ocop/rules"
import { createSubjectsWorkflow, issueCertificatesWorkflow } from "@ocop/plugin-ocop/workflows"
import type { CatalogueRow } from "./catalogue-row"
import { afterBatch } from "./batch-subscribers"

/** Where imported products go: the store's default shipping profile, stock location and group categories. */
export type ImportTarget = { stockLocationId: string; shippingProfileId: string; categoryByGroup: Map<number, string> }

export type RowOutcome =
  | { line: number; handle: string; outcome: "created" | "unchanged" }
  | { line: number; handle: string; outcome: "rejected"; reasons: string[] }

type Numbered = { line: number; row: CatalogueRow }

/** Workflow runs reject with plain objects carrying a message, not always Error instances. */
function messageOf(error: unknown) {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" ? message : JSON.stringify(error)
}

/**
 * Writes one batch of rows, each step idempotent so that a batch interrupted half-way is finished
 * by the next run: subjects by tax code, products by handle (one createProductsWorkflow per batch,
 * row by row only when the batch fails, to name the bad row), stock levels that are missing, then
 * a certificate for each product that has none (one issueCertificatesWorkflow run: the OCOP rules). A row
 * whose certificate is refused is rejected and its product deleted: nothing half-written. Last,
 * what the per-event subscribers would do, once for the batch (see batch-subscribers.ts).
 */
export async function importBatch(
  container: MedusaContainer,
  target: ImportTarget,
  rows: Numbered[],
): Promise<RowOutcome[]> {
  const outcomes = new Map<number, RowOutcome>()
  const reject = (item: Numbered, reasons: string[]) =>
    outcomes.set(item.line, { line: item.line, handle: item.row.handle, outcome: "rejected", reasons })

  const subjectIds = await ensureSubjects(container, rows, reject)
  let live = rows.filter((item) => !outcomes.has(item.line))

  const productService = container.resolve(Modules.PRODUCT)
  const existing = await productService.listProducts(
    { handle: live.map((i) => i.row.handle) },
    { select: ["id", "handle"], take: null },
  )
  const productIds = new Map(existing.map((p) => [p.handle, p.id]))
  const created = new Set<string>()
  const missing = live.filter((i) => !productIds.has(i.row.handle))
  for (const [handle, id] of await createProducts(container, target, missing, reject)) {
    productIds.set(handle, id)
    created.add(handle)
  }
  live = live.filter((item) => !outcomes.has(item.line))

  const stocked = await ensureStockLevels(container, target, live, productIds)

  for (const handle of await issueMissingCertificates(container, live, productIds, subjectIds, reject))
    created.add(handle)

  await afterBatch(container, [...productIds.values()])

  for (const item of rows) {
    if (outcomes.has(item.line)) continue
    const changed = created.has(item.row.handle) || stocked.has(item.row.handle)
    outcomes.set(item.line, { line: item.line, handle: item.row.handle, outcome: changed ? "created" : "unchanged" })
  }
  return rows.map((item) => outcomes.get(item.line)!)
}

/** Subject id by tax code, creating the missing producers through the plugin's batch workflow. */
async function ensureSubjects(
  container: MedusaContainer,
  rows: Numbered[],
  reject: (item: Numbered, reasons: string[]) => void,
) {
  const certification = container.resolve<any>(CERTIFICATION_MODULE)
  const taxCodes = [...new Set(rows.map((i) => i.row.producer.tax_code))]
  const found: { id: string; tax_code: string }[] = await certification.listOcopSubjects(
    { tax_code: taxCodes },
    { select: ["id", "tax_code"], take: null },
  )
  const ids = new Map(found.map((s) => [s.tax_code, s.id]))
  const missing = new Map<string, CatalogueRow["producer"]>()
  for (const item of rows)
    if (!ids.has(item.row.producer.tax_code)) missing.set(item.row.producer.tax_code, item.row.producer)
  const failed = new Map<string, string>()
  if (missing.size) {
    const producers = [...missing.values()]
    const { result } = await createSubjectsWorkflow(container).run({ input: { subjects: producers } })
    for (const subject of result.subjects) ids.set(subject.tax_code, subject.id)
    for (const refused of result.refused) failed.set(producers[refused.index].tax_code, refused.message)
  }
  for (const item of rows) {
    const message = failed.get(item.row.producer.tax_code)
    if (message) reject(item, [`producer: ${message}`])
  }
  return ids
}

function productInput(target: ImportTarget, row: CatalogueRow) {
  return {
    title: row.title,
    handle: row.handle,
    subtitle: row.producer.legal_name,
    description: row.description,
    status: ProductStatus.PUBLISHED,
    category_ids: [target.categoryByGroup.get(row.group)!],
    shipping_profile_id: target.shippingProfileId,
    // No sales channel: issuing the certificate publishes the product to the OCOP channel.
    metadata: { title_en: row.title_en, ocop_subgroup: row.subgroup, producer_tax_code: row.producer.tax_code },
    options: [{ title: "Quy cách", values: row.variants.map((v) => v.title) }],
    variants: row.variants.map((variant) => ({
      title: variant.title,
      sku: variant.sku,
      manage_inventory: true,
      options: { "Quy cách": variant.title },
      prices: [{ currency_code: "vnd", amount: variant.price_vnd }],
    })),
  }
}

/** Handle → id of the created products; one workflow for the batch, row by row if it fails. */
async function createProducts(
  container: MedusaContainer,
  target: ImportTarget,
  rows: Numbered[],
  reject: (item: Numbered, reasons: string[]) => void,
) {
  const ids = new Map<string, string>()
  if (!rows.length) return ids
  try {
    const { result } = await createProductsWorkflow(container).run({
      input: { products: rows.map((i) => productInput(target, i.row)) },
    })
    for (const product of result) ids.set(product.handle, product.id)
    return ids
  } catch {
    for (const item of rows) {
      try {
        const { result } = await createProductsWorkflow(container).run({
          input: { products: [productInput(target, item.row)] },
        })
        ids.set(result[0].handle, result[0].id)
      } catch (error) {
        reject(item, [`product: ${messageOf(error)}`])
      }
    }
    return ids
  }
}

/** Creates the missing stock levels at the target location; returns the handles that got one. */
async function ensureStockLevels(
  container: MedusaContainer,
  target: ImportTarget,
  rows: Numbered[],
  productIds: Map<string, string>,
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: [
      "sku",
      "product.handle",
      "inventory_items.inventory_item_id",
      "inventory_items.inventory.location_levels.location_id",
    ],
    filters: { product_id: rows.map((i) => productIds.get(i.row.handle)!) },
  })
  const stockBySku = new Map(rows.flatMap((i) => i.row.variants.map((v) => [v.sku, v.stock] as const)))
  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  const handles = new Set<string>()
  for (const variant of variants as any[]) {
    for (const item of variant.inventory_items ?? []) {
      const located = (item.inventory?.location_levels ?? []).some((l: any) => l.location_id === target.stockLocationId)
      if (located) continue
      levels.push({
        inventory_item_id: item.inventory_item_id,
        location_id: target.stockLocationId,
        stocked_quantity: stockBySku.get(variant.sku) ?? 0,
      })
      handles.add(variant.product.handle)
    }
  }
  if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  return handles
}

/**
 * Issues the certificates the batch's products do not have yet, in one issueCertificatesWorkflow
 * run (the plugin's OCOP rules for each). A product whose certificate is refused is deleted and
 * its row rejected. Returns the handles that got a certificate.
 */
async function issueMissingCertificates(
  container: MedusaContainer,
  rows: Numbered[],
  productIds: Map<string, string>,
  subjectIds: Map<string, string>,
  reject: (item: Numbered, reasons: string[]) => void,
) {
  const certification = container.resolve<any>(CERTIFICATION_MODULE)
  const certified = new Set<string>(
    (
      await certification.listOcopCertificates(
        { product_id: rows.map((i) => productIds.get(i.row.handle)!) },
        { select: ["product_id"], take: null },
      )
    ).map((c: { product_id: string }) => c.product_id),
  )
  const todo = rows.filter((item) => !certified.has(productIds.get(item.row.handle)!))
  if (!todo.length) return []
  const { result } = await issueCertificatesWorkflow(container).run({
    input: {
      certificates: todo.map(({ row }) => ({
        evaluation: {
          subject_id: subjectIds.get(row.producer.tax_code)!,
          product_id: productIds.get(row.handle)!,
          product_group: row.group,
          subgroup: row.subgroup,
          scores: scoresForTotal(row.certificate.total_score),
          mandatory_unmet: row.certificate.mandatory_unmet ?? [],
          council: row.certificate.council,
          evaluated_at: row.certificate.evaluated_at,
          total: row.certificate.total_score,
        },
        decision_number: row.certificate.decision_number,
        decision_date: row.certificate.decision_date,
        authority_level: row.certificate.authority_level,
        authority_name: row.certificate.authority_name,
      })),
    },
  })
  const refused = result.refused.map((r) => ({ item: todo[r.index], message: r.message }))
  if (refused.length) {
    await deleteProductsWorkflow(container).run({
      input: { ids: refused.map((r) => productIds.get(r.item.row.handle)!) },
    })
    for (const { item, message } of refused) reject(item, [`certificate: ${message}`])
  }
  const issued = new Set(result.certificates.map((c) => c.product_id))
  return todo.filter((item) => issued.has(productIds.get(item.row.handle)!)).map((item) => item.row.handle)
}
