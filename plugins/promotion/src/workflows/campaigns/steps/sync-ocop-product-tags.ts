import type { IProductModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import { OCOP_TAG_PREFIX, ocopTagValuesFor } from "../../../lib/ocop-tags"

export interface SyncOcopProductTagsInput {
  /** Only these products; all certified (and all OCOP-tagged) products when absent. */
  product_ids?: string[]
  /** OCOP tag values that must exist even if no product carries them yet (a campaign's rule values). */
  ensure_values?: string[]
}

type Compensation = { previous: { id: string; tag_ids: string[] }[]; created_tag_ids: string[] }

/**
 * Gives each product exactly the OCOP tags of its certificate valid now (none without one), leaving
 * its other tags alone. Returns the tag id of every OCOP tag value in use.
 */
export const syncOcopProductTagsStep = createStep(
  "ocop-sync-product-tags",
  async (input: SyncOcopProductTagsInput, { container }) => {
    const certification = container.resolve<any>(CERTIFICATION_MODULE)
    const productModule = container.resolve<IProductModuleService>(Modules.PRODUCT)

    const filters: Record<string, unknown> = { status: "valid", expires_at: { $gt: new Date() } }
    if (input.product_ids) filters.product_id = input.product_ids
    const certificates: any[] = await certification.listOcopCertificates(filters, { relations: ["subject"] })
    const wanted = new Map<string, string[]>(
      certificates.map((c) => [
        c.product_id,
        ocopTagValuesFor({
          province: c.province,
          product_group: c.product_group,
          stars: c.stars,
          subject_id: c.subject?.id ?? c.subject_id,
        }),
      ]),
    )

    const listOcopTags = () =>
      productModule.listProductTags({ value: { $like: `${OCOP_TAG_PREFIX}%` } } as any, {
        select: ["id", "value"],
        take: null,
      })
    let existingTags = await listOcopTags()
    const wantedValues = new Set([...wanted.values()].flat().concat(input.ensure_values ?? []))
    const missingValues = () => [...wantedValues].filter((value) => !existingTags.some((tag) => tag.value === value))
    let created: { id: string; value: string }[] = []
    if (missingValues().length) {
      try {
        created = await productModule.createProductTags(missingValues().map((value) => ({ value })))
      } catch {
        // Another process (a second import, another server) created one of them meanwhile: the lock
        // is per process without Redis. Read them again and create what is still missing.
        existingTags = await listOcopTags()
        if (missingValues().length)
          created = await productModule.createProductTags(missingValues().map((value) => ({ value })))
      }
    }
    const tagId = new Map([...existingTags, ...created].map((tag) => [tag.value, tag.id]))
    const ocopTagIds = new Set(tagId.values())

    let productIds = input.product_ids
    if (!productIds) {
      const tagged = existingTags.length
        ? await productModule.listProducts({ tags: { id: existingTags.map((t) => t.id) } } as any, { select: ["id"] })
        : []
      productIds = [...new Set([...wanted.keys(), ...tagged.map((p) => p.id)])]
    }
    const products = productIds.length
      ? await productModule.listProducts({ id: productIds }, { select: ["id"], relations: ["tags"] })
      : []

    const previous: Compensation["previous"] = []
    const updates: { id: string; tag_ids: string[] }[] = []
    for (const product of products) {
      const current = (product.tags ?? []).map((tag) => tag.id)
      const next = [
        ...current.filter((id) => !ocopTagIds.has(id)),
        ...(wanted.get(product.id) ?? []).map((value) => tagId.get(value)!),
      ]
      if (current.length === next.length && next.every((id) => current.includes(id))) continue
      previous.push({ id: product.id, tag_ids: current })
      updates.push({ id: product.id, tag_ids: next })
    }
    if (updates.length) await productModule.upsertProducts(updates)

    return new StepResponse({ tag_ids: Object.fromEntries(tagId) as Record<string, string> }, {
      previous,
      created_tag_ids: created.map((tag) => tag.id),
    } satisfies Compensation)
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation) return
    const productModule = container.resolve<IProductModuleService>(Modules.PRODUCT)
    if (compensation.previous.length) await productModule.upsertProducts(compensation.previous)
    if (compensation.created_tag_ids.length) await productModule.deleteProductTags(compensation.created_tag_ids)
  },
)
