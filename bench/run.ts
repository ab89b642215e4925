/**
 * National-scale benchmark: `npm run bench`.
 *
 * One command: builds what changed (turbo), starts the stack (@ocop/stack, test mode: a fresh
 * embedded PostgreSQL, the backend, the storefront) with a tiny demo seed, imports a generated
 * national catalogue through the real importer (`npm run import`) at each size, warms up and
 * measures with autocannon over HTTP, then stops everything. Measures start only once the
 * backend answers the listing promptly again after an import. At each size (BENCH_SIZES):
 *
 *  (a) the store listing filtered by stars + province + group, pages 1 and 50, on our endpoint
 *      (GET /store/ocop/products) and on Medusa's stock GET /store/products with the closest
 *      filter it has (the group's category, region prices as the storefront asks), p50/p95, req/s;
 *  (b) the storefront's product page: server render, time to first byte;
 *  (c) search (GET /store/ocop/search): a text query, a typo, and browsing without text;
 *  (d) add to cart and complete a cash-on-delivery checkout, end to end;
 *  (e) the same listing at every size (the table puts them side by side).
 *
 * Writes bench/results.json and bench/results.md (the table) and prints the table.
 *
 *   BENCH_SIZES=2000,20000   catalogue sizes (imported cumulatively)
 *   BENCH_DURATION=6         seconds per autocannon measurement
 *   BENCH_CONNECTIONS=8      concurrent connections
 *   BENCH_CHECKOUTS=5        checkouts per size
 *   BENCH_IMPORT_WORKERS=2   concurrent import runs after the first size (the step's file split
 *                            between producers, so that no two runs create the same producer)
 *   BENCH_SIZES=200 BENCH_DURATION=3 npm run bench      (a quick run)
 */
import autocannon from "autocannon"
import axios from "axios"
import { spawn, spawnSync } from "node:child_process"
import { createReadStream, createWriteStream, mkdtempSync, writeFileSync } from "node:fs"
import { cpus, freemem, totalmem, tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { createInterface } from "node:readline"
import { slugify } from "@ocop/reference"
import { backendEnv, startStack } from "@ocop/stack"
import { chooseCashOnDelivery, readyCart } from "../backend/integration-tests/helpers/checkout"
import { generateCatalogue } from "../backend/src/import/generate-catalogue"

const here = dirname(resolve(process.argv[1]))
const root = resolve(here, "..")
const SIZES = (process.env.BENCH_SIZES ?? "2000,20000")
  .split(",")
  .map(Number)
  .sort((a, b) => a - b)
const DURATION = Number(process.env.BENCH_DURATION ?? 6)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8)
const CHECKOUTS = Number(process.env.BENCH_CHECKOUTS ?? 5)
const IMPORT_WORKERS = Number(process.env.BENCH_IMPORT_WORKERS ?? 2)
const started = Date.now()

const log = (line: string) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)

type Measure = { p50_ms: number; p95_ms: number; req_s: number; errors: number; non2xx: number }

async function cannon(url: string, headers: Record<string, string> = {}, duration = DURATION): Promise<Measure> {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration, timeout: 30 })
  return {
    p50_ms: result.latency.p50,
    // autocannon reports p90, p97_5 and p99; p95 lies between p90 and p97.5: report the upper one
    p95_ms: result.latency.p97_5,
    req_s: Math.round(result.requests.average * 10) / 10,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return (
    Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] * 10) / 10
  )
}

/** Time to first byte of sequential GETs (one client: the server's render time, not queueing). */
async function ttfb(url: string, runs = 30) {
  const times: number[] = []
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now()
    const response = await fetch(url)
    const first = performance.now() - t0
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`)
    if (i >= 3) times.push(first)
  }
  return { p50_ms: percentile(times, 50), p95_ms: percentile(times, 95) }
}

/**
 * Waits until the backend answers this URL promptly (five answers in a row under a second): after
 * an import the server may still be catching up (caches, the database's autovacuum), and a measure
 * started then comes back empty.
 */
async function untilPrompt(url: string, headers: Record<string, string>, limitSeconds = 180) {
  const t0 = Date.now()
  let prompt = 0
  while (prompt < 5) {
    if (Date.now() - t0 > limitSeconds * 1000)
      throw new Error(`${url} did not answer promptly within ${limitSeconds} s`)
    const t = performance.now()
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) }).catch(() => undefined)
    await response?.arrayBuffer()
    prompt = response?.ok && performance.now() - t < 1000 ? prompt + 1 : 0
  }
  return (Date.now() - t0) / 1000
}

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; label?: string }) {
  return new Promise<void>((done, fail) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] })
    let tail = ""
    const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000))
    // the importer's progress lines (one per batch)
    child.stdout.on("data", (chunk: Buffer) => {
      const progress = chunk
        .toString()
        .split(/[\r\n]/)
        .filter((l) => l.includes("rows/s"))
        .at(-1)
      if (progress) log(`${options.label ?? ""}${progress.replace(/^.*?%/, "").trim()}`)
    })
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    child.on("exit", (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(" ")} exited ${code}:\n${tail}`)),
    )
  })
}

/**
 * The generated catalogue, as one list of files per step (2,000, then the next 18,000, …): the
 * first step in one file (it creates the shared OCOP tags), each later step in IMPORT_WORKERS
 * files cut where the producer changes, imported concurrently.
 */
async function writeCatalogueSteps(dir: string) {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Ho_Chi_Minh" })
  const steps: string[][] = []
  const rows = generateCatalogue({ products: SIZES.at(-1)!, today, seed: 11 })
  let written = 0
  for (const [i, size] of SIZES.entries()) {
    const parts = i === 0 ? 1 : IMPORT_WORKERS
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
      out.write(`${JSON.stringify(row)}\n`)
      inPart++
      producer = row.producer.tax_code
    }
    if (out) await new Promise<void>((done) => out!.end(() => done()))
    steps.push(files)
  }
  return steps
}

async function firstLine(file: string) {
  const lines = createInterface({ input: createReadStream(file) })
  for await (const line of lines) {
    lines.close()
    return JSON.parse(line)
  }
}

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
    ],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  )
  if (build.status !== 0) throw new Error("the build failed")

  log("starting the stack on a fresh embedded database")
  const stack = await startStack({ mode: "test", quiet: true, seedProducts: 2 })
  const results: Record<string, any> = {}
  const interrupt = () => void stack.stop().finally(() => process.exit(130))
  process.once("SIGINT", interrupt).once("SIGTERM", interrupt)
  try {
    const store = { "x-publishable-api-key": stack.publishableKey }
    const api = axios.create({ baseURL: stack.backendUrl, timeout: 60_000 })
    const { data: regionData } = await api.get("/store/regions", { headers: store })
    const region = regionData.regions.find((r: any) => r.currency_code === "vnd")
    const { data: categoryData } = await api.get("/store/product-categories?limit=50&fields=id,handle", {
      headers: store,
    })
    const categoryOf = (handle: string) => categoryData.product_categories.find((c: any) => c.handle === handle)?.id
    const dir = mkdtempSync(join(tmpdir(), "ocop-bench-"))
    const steps = await writeCatalogueSteps(dir)
    const sample = await firstLine(steps[0][0])
    const env = {
      ...backendEnv({ databaseUrl: stack.databaseUrl, port: 1, storefrontUrl: stack.storefrontUrl, production: false }),
      ADMIN_DISABLED: "true",
      LOG_LEVEL: "error",
      // as `npm run import` does: a batch job waits for connections rather than failing
      DATABASE_ACQUIRE_TIMEOUT_MS: "60000",
    }

    for (const [i, size] of SIZES.entries()) {
      log(`importing up to ${size.toLocaleString("en-US")} products`)
      const t0 = Date.now()
      await Promise.all(
        steps[i].map((file, part) =>
          run(join(root, "node_modules/.bin/medusa"), ["exec", "./src/scripts/import-catalogue.ts", file], {
            cwd: join(root, "backend"),
            env,
            label: steps[i].length > 1 ? `run ${part + 1}: ` : "",
          }),
        ),
      )
      const importSeconds = (Date.now() - t0) / 1000
      const imported = size - (SIZES[i - 1] ?? 0)
      log(
        `imported ${imported} products in ${importSeconds.toFixed(0)} s (${(imported / importSeconds).toFixed(1)} products/s)`,
      )

      // The filter: the sample product's stars, province and group (group 1 holds most products)
      const stars = sample.certificate.total_score >= 90 ? 5 : sample.certificate.total_score >= 70 ? 4 : 3
      const province = encodeURIComponent(sample.producer.province)
      const group = sample.group
      const groupCategory = categoryOf(
        ["thuc-pham", "do-uong", "duoc-lieu", "thu-cong-my-nghe", "sinh-vat-canh", "du-lich-cong-dong"][group - 1],
      )
      const ours = (page: number) =>
        `${stack.backendUrl}/store/ocop/products?stars=${stars}&province=${province}&product_group=${group}&limit=20&offset=${(page - 1) * 20}`
      const stock = (page: number) =>
        `${stack.backendUrl}/store/products?category_id[]=${groupCategory}&limit=20&offset=${(page - 1) * 20}&region_id=${region.id}` +
        `&fields=id,title,handle,subtitle,thumbnail,*variants.calculated_price,+variants.inventory_quantity`
      const { data: counted } = await api.get(ours(1), { headers: store })
      log(
        `waiting for the backend to answer promptly (listing count for ${stars}★ + ${sample.producer.province} + group ${group}: ${counted.count})`,
      )
      const waited = await untilPrompt(ours(1), store)
      log(`warming up (the listing answered promptly after ${waited.toFixed(0)} s)`)
      await cannon(ours(1), store, 2)

      const at: Record<string, any> = {
        imported_products: size,
        import_runs: steps[i].length,
        import_seconds: Math.round(importSeconds),
        import_products_per_s: Math.round((imported / importSeconds) * 10) / 10,
      }
      at.listing_count = counted.count
      // Ours first, then the baseline: the baseline's requests still running on the server when
      // autocannon stops (slow ones outlive the measure) would otherwise load our measures.
      for (const page of [1, 50]) {
        log(`listing page ${page}`)
        at[`listing_ocop_page${page}`] = await cannon(ours(page), store)
      }
      await cannon(stock(1), store, 2)
      for (const page of [1, 50]) {
        log(`baseline listing page ${page}`)
        at[`listing_stock_page${page}`] = await cannon(stock(page), store)
      }
      // Let the baseline's last requests finish before the next measures
      await untilPrompt(ours(1), store)
      log("search")
      at.search_text = await cannon(`${stack.backendUrl}/store/ocop/search?q=mat%20ong&limit=20`, store)
      at.search_typo = await cannon(`${stack.backendUrl}/store/ocop/search?q=nuoc%20mamm&limit=20`, store)
      at.search_browse = await cannon(
        `${stack.backendUrl}/store/ocop/search?stars=${stars}&province=${province}&limit=20`,
        store,
      )

      log("product page (storefront, time to first byte)")
      const { data: listed } = await api.get(ours(1), { headers: store })
      const handle = listed.products[0]?.handle ?? sample.handle
      at.product_page_ttfb = await ttfb(`${stack.storefrontUrl}/products/${handle}`)
      at.browse_page_ttfb = await ttfb(
        `${stack.storefrontUrl}/products?stars=${stars}&province=${encodeURIComponent(slugify(sample.producer.province))}`,
      )

      log(`${CHECKOUTS} cash-on-delivery checkouts`)
      const { data: product } = await api.get(`/store/products?handle=${handle}&fields=*variants`, { headers: store })
      const variantId = product.products[0].variants[0].id
      const times: number[] = []
      for (let n = 0; n < CHECKOUTS; n++) {
        const t = performance.now()
        const cartId = await readyCart(
          api,
          { headers: store },
          {
            regionId: region.id,
            email: `bench-${size}-${n}@ocop.test`,
            lines: [{ variant_id: variantId, quantity: 1 }],
          },
        )
        await chooseCashOnDelivery(api, { headers: store }, cartId)
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: store })
        if (data.type !== "order") throw new Error(`checkout failed: ${JSON.stringify(data)}`)
        times.push(performance.now() - t)
      }
      at.checkout_cod = { p50_ms: percentile(times, 50), p95_ms: percentile(times, 95), runs: CHECKOUTS }
      results[String(size)] = at
    }
  } finally {
    log("stopping the stack")
    await stack.stop()
  }

  const report = {
    generated_at: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memory_gb: Math.round(totalmem() / 2 ** 30),
      free_memory_gb_at_end: Math.round(freemem() / 2 ** 30),
      node: process.version,
    },
    settings: {
      sizes: SIZES,
      duration_s: DURATION,
      connections: CONNECTIONS,
      checkouts: CHECKOUTS,
      import_workers: IMPORT_WORKERS,
      p95_note: "autocannon's p97.5 (it reports p90, p97.5, p99)",
    },
    total_seconds: Math.round((Date.now() - started) / 1000),
    results,
  }
  const table = renderTable(report)
  writeFileSync(join(here, "results.json"), `${JSON.stringify(report, null, 2)}\n`)
  writeFileSync(join(here, "results.md"), table)
  console.log(table)
}

function renderTable(report: any) {
  const sizes = Object.keys(report.results)
  const rows: [string, (m: any) => string][] = [
    [
      "import (products/s)",
      (r) =>
        `${r.import_products_per_s} (${r.import_seconds} s${r.import_runs > 1 ? `, ${r.import_runs} runs at once` : ""})`,
    ],
    ["listing matches (stars+province+group)", (r) => String(r.listing_count)],
    ["listing p1 — /store/ocop/products", (r) => fmt(r.listing_ocop_page1)],
    ["listing p1 — stock /store/products", (r) => fmt(r.listing_stock_page1)],
    ["listing p50 — /store/ocop/products", (r) => fmt(r.listing_ocop_page50)],
    ["listing p50 — stock /store/products", (r) => fmt(r.listing_stock_page50)],
    ["search 'mat ong'", (r) => fmt(r.search_text)],
    ["search 'nuoc mamm' (typo)", (r) => fmt(r.search_typo)],
    ["search, no text (stars+province)", (r) => fmt(r.search_browse)],
    ["product page TTFB (storefront)", (r) => `${r.product_page_ttfb.p50_ms} / ${r.product_page_ttfb.p95_ms} ms`],
    ["browse page TTFB (storefront)", (r) => `${r.browse_page_ttfb.p50_ms} / ${r.browse_page_ttfb.p95_ms} ms`],
    ["cart + COD checkout", (r) => `${r.checkout_cod.p50_ms} / ${r.checkout_cod.p95_ms} ms`],
  ]
  const m = report.machine
  const lines = [
    `Machine: ${m.cpus} cores (${m.cpu}), ${m.memory_gb} GB, Node ${m.node}; ${report.settings.connections} connections, ${report.settings.duration_s} s per measure; whole run ${report.total_seconds} s.`,
    "Latency cells: p50 / p95 ms · req/s (p95 = autocannon's p97.5).",
    "",
    `| measure | ${sizes.map((s) => `${Number(s).toLocaleString("en-US")} products`).join(" | ")} |`,
    `| --- | ${sizes.map(() => "---").join(" | ")} |`,
    ...rows.map(([label, cell]) => `| ${label} | ${sizes.map((s) => cell(report.results[s])).join(" | ")} |`),
  ]
  const [small, large] = [sizes[0], sizes.at(-1)!].map((s) => report.results[s])
  if (small && large) {
    const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 100) / 100 : NaN)
    lines.push(
      "",
      `Listing p95, ${Number(sizes.at(-1)).toLocaleString("en-US")} vs ${Number(sizes[0]).toLocaleString("en-US")} products: page 1 ×${ratio(large.listing_ocop_page1.p95_ms, small.listing_ocop_page1.p95_ms)}, page 50 ×${ratio(large.listing_ocop_page50.p95_ms, small.listing_ocop_page50.p95_ms)} (goal ≤ 2).`,
      `Stock /store/products p95 ÷ ours at ${Number(sizes.at(-1)).toLocaleString("en-US")}: page 1 ×${versus(large.listing_stock_page1, large.listing_ocop_page1)}, page 50 ×${versus(large.listing_stock_page50, large.listing_ocop_page50)} (goal ≥ 5).`,
    )
  }
  return `${lines.join("\n")}\n`
}

/** The baseline's p95 over ours; when the baseline answered nothing, at least the measure's length over ours. */
function versus(stock: Measure, ours: Measure) {
  if (!ours.p95_ms) return "NaN"
  if (!stock.req_s && !stock.p95_ms)
    return `>${Math.round((DURATION * 1000) / ours.p95_ms)} (the baseline answered nothing within ${DURATION} s)`
  return String(Math.round((stock.p95_ms / ours.p95_ms) * 100) / 100)
}

function fmt(m: Measure) {
  // autocannon records no latency when no request finished within the measure
  if (!m.req_s && !m.p95_ms) return `no answer within ${DURATION} s (${m.errors} errors)`
  const bad = m.errors || m.non2xx ? ` (${m.errors} errors, ${m.non2xx} non-2xx)` : ""
  return `${m.p50_ms} / ${m.p95_ms} ms · ${m.req_s}/s${bad}`
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
