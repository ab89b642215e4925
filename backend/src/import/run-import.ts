import type { MedusaContainer } from "@medusajs/framework/types"
import { createWriteStream, statSync } from "node:fs"
import { basename, resolve } from "node:path"
import { CATALOGUE_IMPORT_MODULE } from "../modules/catalogue-import"
import { parseCatalogueRow, type CatalogueRow } from "./catalogue-row"
import { importBatch } from "./import-batch"
import { importTarget } from "./import-target"
import { readLines } from "./read-lines"

/**
 * Rows per batch (one run of each workflow). Each run has a fixed cost (workflow set-up, a few
 * reads, one write per table): at 50 rows it dominated; 250 keeps a batch's writes a few MB.
 */
export const IMPORT_BATCH_SIZE = 250

export type ImportProgress = {
  id: string
  file_size: number
  bytes_read: number
  checkpoint_line: number
  created_count: number
  unchanged_count: number
  rejected_count: number
}

export type ImportOptions = {
  onProgress?: (progress: ImportProgress) => void
  /** Stops (status "interrupted") after this many batches: a crash drill for tests. */
  stopAfterBatches?: number
  /** Rows per batch (IMPORT_BATCH_SIZE by default). */
  batchSize?: number
}

/**
 * Imports a JSON Lines catalogue in batches. The run's checkpoint (last fully written line) is
 * saved in the database after every batch; an unfinished run of the same file and size is resumed
 * from it. Rejected rows are appended to `<file>.rejected.jsonl` with their line and reasons.
 */
export async function runCatalogueImport(container: MedusaContainer, file: string, options: ImportOptions = {}) {
  const runs = container.resolve<any>(CATALOGUE_IMPORT_MODULE)
  const path = resolve(file)
  const size = statSync(path).size
  const [unfinished] = await runs.listCatalogueImportRuns(
    { file_name: path, file_size: size, status: ["running", "interrupted"] },
    { take: 1, order: { created_at: "DESC" } },
  )
  const reportPath = `${path}.rejected.jsonl`
  let run =
    unfinished ??
    (await runs.createCatalogueImportRuns({
      file_name: path,
      file_size: size,
      status: "running",
      rejected_report: reportPath,
    }))
  if (unfinished) run = await runs.updateCatalogueImportRuns({ id: run.id, status: "running" })
  const report = createWriteStream(reportPath, { flags: unfinished ? "a" : "w" })
  const target = await importTarget(container)
  const counts = {
    created_count: run.created_count,
    unchanged_count: run.unchanged_count,
    rejected_count: run.rejected_count,
  }
  let batches = 0

  const rejectLine = (line: number, reasons: string[], handle?: string) => {
    report.write(JSON.stringify({ line, handle, reasons }) + "\n")
    counts.rejected_count++
  }

  let batch: { line: number; row: CatalogueRow }[] = []
  let lastLine = run.checkpoint_line
  let bytes = run.bytes_read
  const flush = async () => {
    for (const outcome of await importBatch(container, target, batch)) {
      if (outcome.outcome === "rejected") rejectLine(outcome.line, outcome.reasons, outcome.handle)
      else counts[outcome.outcome === "created" ? "created_count" : "unchanged_count"]++
    }
    batch = []
    run = await runs.updateCatalogueImportRuns({ id: run.id, checkpoint_line: lastLine, bytes_read: bytes, ...counts })
    options.onProgress?.(run)
    batches++
  }

  try {
    const seen = new Set<string>()
    for await (const line of readLines(path)) {
      if (line.number <= run.checkpoint_line) continue
      const parsed = parseCatalogueRow(line.text)
      if ("reasons" in parsed) rejectLine(line.number, parsed.reasons)
      else if (seen.has(parsed.row.handle))
        rejectLine(line.number, [`handle: ${parsed.row.handle} appears twice in this batch`], parsed.row.handle)
      else {
        seen.add(parsed.row.handle)
        batch.push({ line: line.number, row: parsed.row })
      }
      lastLine = line.number
      bytes = line.endByte
      if (batch.length >= (options.batchSize ?? IMPORT_BATCH_SIZE)) {
        await flush()
        seen.clear()
        if (options.stopAfterBatches && batches >= options.stopAfterBatches) {
          run = await runs.updateCatalogueImportRuns({ id: run.id, status: "interrupted" })
          return run
        }
      }
    }
    await flush()
    run = await runs.updateCatalogueImportRuns({ id: run.id, status: "completed", finished_at: new Date() })
    return run
  } catch (error) {
    await runs.updateCatalogueImportRuns({ id: run.id, status: "failed", error: (error as Error).message })
    throw error
  } finally {
    await new Promise<void>((done) => report.end(() => done()))
  }
}

export function describeRun(run: ImportProgress & { file_name: string }) {
  return `${basename(run.file_name)}: ${run.created_count} created, ${run.unchanged_count} unchanged, ${run.rejected_count} rejected`
}
