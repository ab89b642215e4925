import type { ExecArgs } from "@medusajs/framework/types"
import { describeRun, runCatalogueImport, type ImportProgress } from "../import/run-import"
import { stopPerEventSubscribersInThisProcess } from "../import/batch-subscribers"

function bar(progress: ImportProgress, startedAt: number) {
  const ratio = progress.file_size ? Math.min(1, progress.bytes_read / progress.file_size) : 1
  const width = 30
  const filled = Math.round(ratio * width)
  const rows = progress.created_count + progress.unchanged_count + progress.rejected_count
  const seconds = (Date.now() - startedAt) / 1000
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${(ratio * 100).toFixed(1)}% · line ${progress.checkpoint_line} · ${progress.created_count} created, ${progress.unchanged_count} unchanged, ${progress.rejected_count} rejected · ${(rows / Math.max(seconds, 0.001)).toFixed(0)} rows/s`
}

/**
 * `npm run import -w @ocop/backend -- <file.jsonl>`: imports a catalogue file (resumes an
 * unfinished run of the same file), with a progress bar; rejected rows go to <file>.rejected.jsonl.
 */
export default async function importCatalogue({ container, args }: ExecArgs) {
  const file = args.find((a) => !a.startsWith("-"))
  if (!file) throw new Error("Usage: npm run import -w @ocop/backend -- <catalogue.jsonl>")
  stopPerEventSubscribersInThisProcess(container)
  const startedAt = Date.now()
  const tty = process.stdout.isTTY
  const run = await runCatalogueImport(container, file, {
    onProgress: (progress) =>
      process.stdout.write(tty ? `\r${bar(progress, startedAt)}` : `${bar(progress, startedAt)}\n`),
  })
  process.stdout.write(`\n${describeRun(run)} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
  if (run.rejected_count) process.stdout.write(`; reasons in ${run.rejected_report}`)
  process.stdout.write("\n")
}
