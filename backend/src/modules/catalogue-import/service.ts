import { MedusaService } from "@medusajs/framework/utils"
import { CatalogueImportRun } from "./models/import-run"

export default class CatalogueImportModuleService extends MedusaService({ CatalogueImportRun }) {}
