/**
 * National-scale benchmark: `npm run bench` (sizes 2,000 and 20,000), or
 * `npm run bench -- --sizes 2000,20000,200000` (200,000 takes about an hour of importing).
 *
 * One command: builds what changed (turbo), starts the stack (@ocop/stack, test mode: a fresh
 * embedded PostgreSQL, the backend, the storefront) with a tiny demo seed, imports a generated
 * national catalogue through the real importer at each size (cumulatively), waits until the
 * backend answers promptly again, then runs every measure group of bench/sections at that size:
 * the store listing and its stock baseline, search with facets and its baselines (Medusa's `q`,
 * a plain ILIKE), the storefront's pages, checkout. Writes bench/results.json (every figure) and
 * bench/results.md (the table, with the p95 ratio of the largest size to the smallest), and
 * prints the table.
 *
 *   --sizes 2000,20000       catalogue sizes (or BENCH_SIZES)
 *   --conditions "…"         what else ran on the machine meanwhile, for the table (or BENCH_CONDITIONS)
 *   --keep DIR               keep the imported catalogues in an embedded PostgreSQL under DIR (or
 *                            BENCH_KEEP): one database per size, reused by the next run with the same
 *                            DIR without importing again; a size not there yet is copied from the
 *                            largest smaller one kept and topped up. Each size then gets a stack of
 *                            its own (migrated and seeded as usual).
 *   --sections search,listing  run only these measure groups (bench/sections; or BENCH_SECTIONS)
 *   --out bench/results      where the report goes (.json and .md appended; or BENCH_OUT)
 *   BENCH_DURATION=6         seconds per load measure
 *   BENCH_CONNECTIONS=8      concurrent connections of a load measure
 *   BENCH_WARMUP=1           seconds of the same load before each load measure, not counted
 *   BENCH_CHECKOUTS=5        checkouts per size
 *   BENCH_IMPORT_WORKERS=2   concurrent import runs after the first size
 *   BENCH_PRODUCT_ROUTE      the product page's store route (default /store/ocop/products/{handle})
 */
import axios from "axios"
import { spawnSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { cpus, freemem, loadavg, totalmem, tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { productGroup } from "@ocop/reference"
import { backendEnv, startStack, type Stack } from "@ocop/stack"
import { firstLine, run, writeCatalogueSteps } from "./lib/catalogue"
import { cannon, settings, untilPrompt } from "./lib/measure"
import { p95Ratios, renderTable, type Report } from "./lib/report"
import { ocopListingUrl } from "./sections/listing"
import { keptCatalogues } from "./lib/kept"
import { sections as allSections } from "./sections"
import type { SizeContext } from "./sections/types"

const here = dirname(resolve(process.argv[1]))
const root = resolve(here, "..")
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}
const SIZES = (arg("sizes") ?? process.env.BENCH_SIZES ?? "2000,20000")
  .split(",")
  .map(Number)
  .sort((a, b) => a - b)
if (SIZES.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error("--sizes: whole numbers, e.g. 2000,20000")
const CONDITIONS =
  arg("conditions") ?? process.env.BENCH_CONDITIONS ?? "nothing else was stated; other jobs may have shared the machine"
const IMPORT_WORKERS = Number(process.env.BENCH_IMPORT_WORKERS ?? 2)
const KEEP = arg("keep") ?? process.env.BENCH_KEEP
const ONLY = (arg("sections") ?? process.env.BENCH_SECTIONS)?.split(",").map((name) => name.trim())
const sections = ONLY ? allSections.filter((section) => ONLY.includes(section.name)) : allSections
if (ONLY && sections.length !== ONLY.length)
  throw new Error(`--sections: some of ${ONLY.join(", ")} are not among ${allSections.map((s) => s.name).join(", ")}`)
const OUT = resolve(arg("out") ?? process.env.BENCH_OUT ?? join(dirname(resolve(process.argv[1])), "results"))
const started = Date.now()

const log = (line: string) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)

async function main() {
  log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GB memory; sizes ${SIZES.join(", ")}`,
  )
  log("building what changed (turbo)")
  const build = spawnSync(
    join(root, "node_modules/.bin/turbo"),
    [
      "run",
      "build",
      "--filter=@ocop/storefront",
      "--filter=@ocop/plugin-ocop",
      "--filter=@ocop/plugin-search",
      "--filter=@ocop/plugin-promotion",
      "--filter=@ocop/plugin-marketplace",
      "--filter=@ocop/plugin-messages",
      "--filter=@ocop/plugin-notifications",
    ],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  )
  if (build.status !== 0) throw new Error("the build failed")

  const results: Report["results"] = {}
  const loads: number[] = []
  const kept = KEEP ? await keptCatalogues(resolve(KEEP), log) : undefined
  // The size steps imported: with kept catalogues, also the kept sizes below the largest asked
  // (a size is copied from the one before it and topped up with the rows in between).
  const steps = [...new Set([...SIZES, ...(kept?.complete ?? []).filter((size) => size < SIZES.at(-1)!)])].sort(
    (a, b) => a - b,
  )
  let stack: Stack | undefined
  const stop = async () => {
    await stack?.stop()
    stack = undefined
  }
  const interrupt = () => void stop().finally(() => void kept?.stop().finally(() => process.exit(130)))
  process.once("SIGINT", interrupt).once("SIGTERM", interrupt)
  try {
    const dir = mkdtempSync(join(tmpdir(), "ocop-bench-"))
    const files = await writeCatalogueSteps(dir, steps, IMPORT_WORKERS)
    const sample = await firstLine(files[0][0])

    for (const [i, size] of steps.entries()) {
      const reused = kept?.complete.includes(size) ?? false
      if (reused && !SIZES.includes(size)) continue
      // Each kept size is a database of its own, copied from the one before it: no server may hold
      // that one open then.
      if (kept) await stop()
      let databaseUrl: string | undefined
      if (kept) databaseUrl = reused ? kept.url(size) : await kept.prepare(size, steps[i - 1])
      if (!stack) {
        log(
          `starting the stack on ${kept ? `the kept database of ${size.toLocaleString("en-US")}` : "a fresh embedded database"}`,
        )
        stack = await startStack({ mode: "test", quiet: true, seedProducts: 2, databaseUrl })
      }
      const store = { "x-publishable-api-key": stack.publishableKey }
      const api = axios.create({ baseURL: stack.backendUrl, timeout: 60_000 })
      const env = {
        ...backendEnv({
          databaseUrl: stack.databaseUrl,
          port: 1,
          storefrontUrl: stack.storefrontUrl,
          production: false,
        }),
        ADMIN_DISABLED: "true",
        LOG_LEVEL: "error",
        // as `npm run import` does: a batch job waits for connections rather than failing
        DATABASE_ACQUIRE_TIMEOUT_MS: "60000",
      }

      let imported = 0
      let seconds = 0
      if (!reused) {
        log(`importing up to ${size.toLocaleString("en-US")} products`)
        const t0 = Date.now()
        await Promise.all(
          files[i].map((file, part) =>
            run(join(root, "node_modules/.bin/medusa"), ["exec", "./src/scripts/import-catalogue.ts", file], {
              cwd: join(root, "backend"),
              env,
              progress: (line) => log(`${files[i].length > 1 ? `run ${part + 1}: ` : ""}${line}`),
            }),
          ),
        )
        seconds = (Date.now() - t0) / 1000
        imported = size - (steps[i - 1] ?? 0)
        log(`imported ${imported} products in ${seconds.toFixed(0)} s (${(imported / seconds).toFixed(1)} products/s)`)
        await kept?.markComplete(size)
      }
      if (!SIZES.includes(size)) continue

      const { data: regionData } = await api.get("/store/regions", { headers: store })
      const region = regionData.regions.find((r: any) => r.currency_code === "vnd")
      const { data: categoryData } = await api.get("/store/product-categories?limit=50&fields=id,handle", {
        headers: store,
      })
      const categoryOf = (handle: string) => categoryData.product_categories.find((c: any) => c.handle === handle)?.id
      // The filter: the sample product's stars, province and group (group 1 holds most products)
      const stars = sample.certificate.total_score >= 90 ? 5 : sample.certificate.total_score >= 70 ? 4 : 3
      const filter = {
        stars,
        province: sample.producer.province as string,
        group: sample.group as number,
        groupCategoryId: categoryOf(productGroup(sample.group)?.handle ?? ""),
      }
      const partial = { backendUrl: stack.backendUrl, filter }
      const listed = ocopListingUrl(partial as SizeContext, 1)
      log("waiting for the backend to answer promptly")
      const waited = await untilPrompt(listed, store)
      log(`warming up (the listing answered promptly after ${waited.toFixed(0)} s)`)
      await cannon(listed, store, 2)
      const { data: page } = await api.get(listed, { headers: store })
      const handle: string = page.products[0]?.handle ?? sample.handle
      const { data: found } = await api.get(
        `/store/products?handle=${encodeURIComponent(handle)}&fields=id,handle,*variants`,
        { headers: store },
      )
      const product = found.products[0]
      const context: SizeContext = {
        size,
        backendUrl: stack.backendUrl,
        storefrontUrl: stack.storefrontUrl,
        databaseUrl: stack.databaseUrl,
        backendEnv: env,
        store,
        api,
        regionId: region.id,
        filter,
        product: { handle, id: product.id, variantId: product.variants[0].id },
        log,
      }
      const measures = {}
      for (const section of sections) {
        loads.push(loadavg()[0])
        Object.assign(measures, await section.run(context))
      }
      results[String(size)] = {
        import: reused
          ? { products: size, reused: 1 }
          : {
              products: size,
              runs: files[i].length,
              seconds: Math.round(seconds),
              products_per_s: Math.round((imported / seconds) * 10) / 10,
            },
        measures,
      }
    }
  } finally {
    log("stopping the stack")
    await stop()
    await kept?.stop()
  }
  const sizes = Object.keys(results)
  const report: Report = {
    generated_at: new Date().toISOString(),
    conditions: `${CONDITIONS} (1-minute load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} during the measures, on ${cpus().length} cores)`,
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memory_gb: Math.round(totalmem() / 2 ** 30),
      free_memory_gb_at_end: Math.round(freemem() / 2 ** 30),
      node: process.version,
    },
    settings: {
      sizes: SIZES,
      duration_s: settings.duration,
      warmup_s: settings.warmup,
      connections: settings.connections,
      import_workers: IMPORT_WORKERS,
      p95_note: "autocannon's p97.5 (it reports p90, p97.5, p99)",
    },
    total_seconds: Math.round((Date.now() - started) / 1000),
    results,
    ratios: {},
  }
  report.ratios = p95Ratios(report, sections, sizes[0], sizes.at(-1)!)
  const table = renderTable(report, sections)
  writeFileSync(`${OUT}.json`, `${JSON.stringify(report, null, 2)}\n`)
  writeFileSync(`${OUT}.md`, table)
  console.log(table)
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
