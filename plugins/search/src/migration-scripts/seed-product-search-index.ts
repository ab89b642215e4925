import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_PRODUCT_INDEX } from "../lib/documents"

/**
 * Runs once, at the `medusa db:migrate` that first creates the product search index: fills it
 * (instantly on a new database) so that it has a version serving reads before the application
 * starts. Without it, products written by a script between the migration and the first start (the
 * demo seed of `npm start`) would find no index to go to; Medusa only fills new indexes when the
 * server boots. Later definition changes are handled by Medusa (a new version is built and filled
 * at boot while the old one keeps serving). A failure here is logged, not fatal: the boot fills
 * the index too.
 */
export default async function seedProductSearchIndex({ container }: { container: MedusaContainer }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search = container.resolve(Modules.SEARCH, { allowUnregistered: true } as any) as any
  if (!search) return
  try {
    const indexes: { name: string; status: string }[] = await search.listIndexes()
    const index = indexes.find((i) => i.name === OCOP_PRODUCT_INDEX)
    if (!index || index.status === "ready") return
    await search.reindex({ index: OCOP_PRODUCT_INDEX })
    logger.info(`[Search] "${OCOP_PRODUCT_INDEX}" filled and serving`)
  } catch (error) {
    logger.warn(
      `[Search] Could not fill "${OCOP_PRODUCT_INDEX}" now (${(error as Error).message}); the server fills it when it starts`,
    )
  }
}
