import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CATALOGUE_IMPORT_MODULE } from "../../../modules/catalogue-import"

/** GET /admin/catalogue-imports: the latest catalogue imports with their progress (0…1) and counts. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const runs = await req.scope
    .resolve<any>(CATALOGUE_IMPORT_MODULE)
    .listCatalogueImportRuns({}, { take: 20, order: { created_at: "DESC", id: "DESC" } })
  res.json({
    catalogue_imports: runs.map((run: any) => ({
      ...run,
      progress: run.status === "completed" ? 1 : run.file_size ? Math.min(1, run.bytes_read / run.file_size) : 0,
    })),
  })
}
