import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { syncOcopProductTagsWorkflow } from "../workflows/campaigns/workflows/sync-ocop-product-tags"

/** How long a sync waits for the one before it (a batch import issues many certificates at once). */
const LOCK_SECONDS = 120

/**
 * Brings these products' OCOP tags in line with their certificates, one sync at a time: two
 * concurrent syncs both found a new province's tag missing and the second failed creating it
 * ("Product tag … already exists"), leaving its products untagged.
 */
export async function syncOcopProductTags(container: MedusaContainer, productIds: string[]) {
  if (!productIds.length) return
  await container
    .resolve(Modules.LOCKING)
    .execute(
      "ocop-product-tags",
      () => syncOcopProductTagsWorkflow(container).run({ input: { product_ids: productIds } }),
      { timeout: LOCK_SECONDS },
    )
}
