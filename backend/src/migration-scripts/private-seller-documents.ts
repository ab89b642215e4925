import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE, type SellerModuleService } from "@ocop/plugin-marketplace/modules/seller"
import { randomUUID } from "node:crypto"
import { existsSync } from "node:fs"
import { readFile, unlink } from "node:fs/promises"
import { extname, resolve } from "node:path"

/**
 * Runs once, at `medusa db:migrate`: registration documents uploaded before private files had a
 * folder of their own were written into the public static folder under a guessable name
 * (`private-<time>-<name>`). Each one still there is stored again as a private file under a random
 * name, its record points to the new file, and the public copy is deleted.
 */
export default async function privateSellerDocuments({ container }: { container: Pick<MedusaContainer, "resolve"> }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  const files = container.resolve(Modules.FILE)
  // Where the local file provider put them: the configured public folder, or `static` by default.
  const publicFolders = [
    ...new Set([process.env.OCOP_UPLOAD_DIR ?? "static", "static"].map((folder) => resolve(folder))),
  ]
  let moved = 0
  for (const document of await sellers.listSellerDocuments({}, { select: ["id", "file_id", "mime_type"] })) {
    const publicPath = publicFolders.map((folder) => resolve(folder, document.file_id)).find((path) => existsSync(path))
    if (!publicPath) continue
    const content = await readFile(publicPath)
    const [stored] = await files.createFiles([
      {
        filename: `${randomUUID()}${extname(document.file_id)}`,
        mimeType: document.mime_type,
        content: content.toString("base64"),
        access: "private",
      },
    ])
    await sellers.updateSellerDocuments({ id: document.id, file_id: stored.id })
    await unlink(publicPath)
    moved++
  }
  if (moved) logger.info(`[Sellers] ${moved} registration document(s) moved out of the public folder`)
}
