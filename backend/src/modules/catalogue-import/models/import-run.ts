import { model } from "@medusajs/framework/utils"

export const IMPORT_RUN_STATUS_VALUES = ["running", "interrupted", "completed", "failed"] as const

/**
 * One import of a catalogue file. `checkpoint_line` is the last line whose batch is fully written (sizes in bytes, up to 2 GB):
 * a resumed run (same file, same size) skips the lines up to it. Rejected rows are counted here and
 * listed with their reasons in the report file next to the import file.
 */
export const CatalogueImportRun = model.define("catalogue_import_run", {
  id: model.id({ prefix: "cimp" }).primaryKey(),
  file_name: model.text(),
  file_size: model.number(),
  status: model.enum([...IMPORT_RUN_STATUS_VALUES]).default("running"),
  checkpoint_line: model.number().default(0),
  bytes_read: model.number().default(0),
  created_count: model.number().default(0),
  unchanged_count: model.number().default(0),
  rejected_count: model.number().default(0),
  rejected_report: model.text().nullable(),
  error: model.text().nullable(),
  finished_at: model.dateTime().nullable(),
})
