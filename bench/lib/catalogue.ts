import { spawn } from "node:child_process"
import { createReadStream, createWriteStream } from "node:fs"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { generateCatalogue } from "../../backend/src/import/generate-catalogue"

/**
 * The generated catalogue, as one list of files per size step (2,000, then the next 18,000, …):
 * the first step in one file (it creates the shared OCOP tags), each later step in `workers` files
 * cut where the producer changes (so that no two runs create the same producer), imported
 * concurrently.
 */
export async function writeCatalogueSteps(dir: string, sizes: number[], workers: number) {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Ho_Chi_Minh" })
  const steps: string[][] = []
  const rows = generateCatalogue({ products: sizes.at(-1)!, today, seed: 11 })
  let written = 0
  for (const [i, size] of sizes.entries()) {
    const parts = i === 0 ? 1 : workers
    const share = Math.ceil((size - written) / parts)
    const files: string[] = []
    let out: ReturnType<typeof createWriteStream> | undefined
    let inPart = 0
    let producer: string | undefined
    for (; written < size; written++) {
      const row = rows.next().value!
      if (!out || (inPart >= share && row.producer.tax_code !== producer && files.length < parts)) {
        if (out) await new Promise<void>((done) => out!.end(() => done()))
        files.push(join(dir, `catalogue-${size}-part${files.length + 1}.jsonl`))
        out = createWriteStream(files.at(-1)!)
        inPart = 0
      }
      if (!out.write(`${JSON.stringify(row)}\n`)) await new Promise<void>((done) => out!.once("drain", () => done()))
      inPart++
      producer = row.producer.tax_code
    }
    if (out) await new Promise<void>((done) => out!.end(() => done()))
    steps.push(files)
  }
  return steps
}

export async function firstLine(file: string) {
  const lines = createInterface({ input: createReadStream(file) })
  for await (const line of lines) {
    lines.close()
    return JSON.parse(line)
  }
}

/** Runs a command; its output is kept only to explain a failure, except the importer's progress. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; progress?: (line: string) => void },
) {
  return new Promise<void>((done, fail) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] })
    let tail = ""
    const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000))
    child.stdout.on("data", (chunk: Buffer) => {
      const progress = chunk
        .toString()
        .split(/[\r\n]/)
        .filter((l) => l.includes("rows/s"))
        .at(-1)
      if (progress) options.progress?.(progress.replace(/^.*?%/, "").trim())
    })
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    child.on("exit", (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(" ")} exited ${code}:\n${tail}`)),
    )
  })
}
