/**
 * Search benchmark: latency p50/p95 of the product search over the demo catalogue (381 products)
 * and over a generated catalogue of 20,000, against a plain `ILIKE` query on the same rows in the
 * same run (the baseline). Prints a table and writes bench/results.json.
 *
 *   npm run bench                            (BENCH_RUNS=30, BENCH_GENERATED=20000 to change)
 *
 * What is measured: the Search Module's PostgreSQL provider as the app runs it (the plugin's
 * Vietnamese extension of Medusa's `search-postgres`, same class, same index definition, same
 * document builder), called directly — not through HTTP — so the figures are the engine's. Each
 * search asks what `GET /store/ocop/search` asks: the OCOP filters (published, certificate valid
 * now), a page of 20 ordered by relevance (or stars without text), the total count and four value
 * facets (stars, group, province, producer). The baseline runs the same work as plain SQL on an
 * ordinary table: `ILIKE '%q%'` over title, English title and producer, the same filters, count
 * and facet GROUP BYs — and finds nothing for "mat ong" or a typo, which the table shows too.
 *
 * Documents are written with the provider's own batched upsert (multi-row INSERT … ON CONFLICT
 * into the index's document table), not through Medusa workflows: creating 20,000 products with
 * prices, stock and certificates through workflows would take the better part of an hour on these
 * machines, and the index only ever sees the documents. The documents are built by the same
 * `buildProductDocument` the index's seed and events use, from rows shaped like `query.graph`'s.
 *
 * Its own embedded PostgreSQL on a free port (or BENCH_DATABASE_URL), dropped at the end.
 */
import "@medusajs/framework/modules-sdk"
import { writeFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { dirname, join, resolve } from "node:path"
import pg from "pg"
import { freePort, startEmbeddedPostgres, tempDataDir } from "@ocop/stack"
import { demoProducers } from "../backend/src/seed/catalogue/producers"
import { demoProducts } from "../backend/src/seed/catalogue/products"
import type { DemoProduct } from "../backend/src/seed/catalogue/types"
import { buildProductDocument, compactDocument } from "../plugins/ocop/src/lib/search/documents"
import { VietnamesePostgresSearchService } from "../plugins/ocop/src/providers/search-postgres-vi/index"
import { textSearchConfigSql } from "../plugins/ocop/src/providers/search-postgres-vi/text-search-config"
import productIndex from "../plugins/ocop/src/search/products"

const here = dirname(resolve(process.argv[1]))
const RUNS = Number(process.env.BENCH_RUNS ?? 30)
const WARMUP = 3
const GENERATED = Number(process.env.BENCH_GENERATED ?? 20_000)

const QUERIES: { label: string; q?: string; stars?: number[] }[] = [
  { label: "(no text, by stars)" },
  { label: "mat ong", q: "mat ong" },
  { label: "Mật ong", q: "Mật ong" },
  { label: "nuoc mamm (typo)", q: "nuoc mamm" },
  { label: "nuoc mam phu quoc", q: "nuoc mam phu quoc" },
  { label: "honey", q: "honey" },
  { label: "gom bat trang", q: "gom bat trang" },
  { label: "tra + 4★", q: "tra", stars: [4] },
]

// ---------------------------------------------------------------- database

type Client = pg.Pool | pg.PoolClient

/** MikroORM-style `?` placeholders → pg's `$n` (outside quoted literals). */
function toPg(sql: string): string {
  let out = ""
  let n = 0
  let quote: string | null = null
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]
    if (quote) {
      out += c
      if (c === quote) quote = null
      continue
    }
    if (c === "'" || c === '"') {
      quote = c
      out += c
      continue
    }
    if (c === "?" && sql[i + 1] !== "|" && sql[i + 1] !== "&") {
      out += `$${++n}`
      continue
    }
    out += c
  }
  return out
}

function manager(client: Client, pool: pg.Pool): any {
  return {
    async execute(sql: string, params: unknown[] = []) {
      const result = await client.query(toPg(sql), params as unknown[])
      return Array.isArray(result) ? result.at(-1)?.rows ?? [] : result.rows
    },
    async transactional<T>(run: (m: any) => Promise<T>): Promise<T> {
      const tx = await pool.connect()
      try {
        await tx.query("BEGIN")
        const value = await run(manager(tx, pool))
        await tx.query("COMMIT")
        return value
      } catch (error) {
        await tx.query("ROLLBACK")
        throw error
      } finally {
        tx.release()
      }
    },
  }
}

// ---------------------------------------------------------------- catalogue

function prng(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const producers = new Map(demoProducers.map((p) => [p.key, p]))
const YEAR_MS = 365 * 24 * 3600 * 1000

/** A product row shaped like the index reads it with `query.graph`, from a demo product. */
function row(product: DemoProduct, id: string, title: string, titleEn: string, now: number, valid: boolean) {
  const producer = producers.get(product.producerKey)!
  return {
    id,
    title,
    subtitle: producer.legalName,
    handle: id,
    thumbnail: null,
    status: "published",
    metadata: { title_en: titleEn, description_en: product.descriptionEn, ocop_subgroup: product.subgroup },
    created_at: new Date(now),
    categories: [],
    variants: product.variants.map((v) => ({
      id: `${id}-${v.sku}`,
      manage_inventory: true,
      allow_backorder: false,
      prices: [{ amount: v.priceVnd, currency_code: "vnd", price_list_id: null }],
      inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: v.stock, reserved_quantity: 0 }] } }],
    })),
    ocop_certificates: [
      {
        id: `cert-${id}`,
        status: valid ? "valid" : "revoked",
        stars: product.stars,
        product_group: product.group,
        subgroup: product.subgroup,
        province: producer.province,
        decision_number: `${1000 + (Number(id.replace(/\D/g, "")) % 9000)}/QĐ-UBND`,
        decision_date: new Date(now - YEAR_MS),
        expires_at: new Date(now + 2 * YEAR_MS),
        subject: { legal_name: producer.legalName },
      },
    ],
  }
}

const GRADES: [string, string][] = [
  ["loại 1", "grade 1"],
  ["đặc biệt", "premium"],
  ["hộp quà", "gift box"],
  ["túi 500 g", "500 g pouch"],
  ["gói 1 kg", "1 kg pack"],
  ["chai thủy tinh", "glass bottle"],
  ["truyền thống", "traditional"],
  ["hữu cơ", "organic"],
  ["vụ mới", "new harvest"],
  ["làm thủ công", "handmade"],
]

function demoCatalogue(now: number) {
  return demoProducts.map((p, i) => row(p, `demo_${String(i).padStart(5, "0")}`, p.title, p.titleEn, now, i % 97 !== 0))
}

/** 20,000 products: demo products crossed with grades and lot numbers, deterministically. */
function generatedCatalogue(count: number, now: number) {
  const random = prng(20_000)
  const rows = []
  for (let i = 0; i < count; i++) {
    const base = demoProducts[Math.floor(random() * demoProducts.length)]
    const [grade, gradeEn] = GRADES[Math.floor(random() * GRADES.length)]
    const lot = 100 + Math.floor(random() * 900)
    rows.push(row(base, `gen_${String(i).padStart(6, "0")}`, `${base.title} ${grade} lô ${lot}`, `${base.titleEn}, ${gradeEn}, lot ${lot}`, now, random() > 0.03))
  }
  return rows
}

// ---------------------------------------------------------------- engines

type Engine = {
  name: string
  run: (query: (typeof QUERIES)[number]) => Promise<{ hits: number; count: number }>
}

function searchEngine(provider: any, index: any): Engine {
  return {
    name: "search (Medusa Search Module, postgres-vi)",
    async run({ q, stars }) {
      const filters: Record<string, unknown> = {
        status: "published",
        certificate_status: "valid",
        certificate_expires_at: { $gt: new Date() },
        ...(stars ? { stars } : {}),
      }
      const result = await provider.search({
        index,
        q,
        filters,
        attributes_to_retrieve: ["id", "title", "title_en", "producer", "province", "stars", "price"],
        pagination: { skip: 0, take: 20, ...(q ? {} : { order: { stars: "DESC", price: "ASC", id: "ASC" } }) },
        search_options: {
          match_strategy: "all",
          facets: ["stars", "product_group", "province", "producer"].map((field) => ({ field, type: "value", limit: 50 })),
        },
      })
      return { hits: result.hits.length, count: result.metadata.count ?? 0 }
    },
  }
}

function ilikeEngine(pool: pg.Pool, table: string): Engine {
  return {
    name: "baseline (plain ILIKE)",
    async run({ q, stars }) {
      const params: unknown[] = [new Date()]
      const where = [`status = 'published'`, `certificate_status = 'valid'`, `certificate_expires_at > $1`]
      if (q) {
        params.push(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
        where.push(`(title ILIKE $${params.length} OR title_en ILIKE $${params.length} OR producer ILIKE $${params.length})`)
      }
      if (stars) {
        params.push(stars)
        where.push(`stars = ANY($${params.length})`)
      }
      const w = where.join(" AND ")
      const [hits, count] = await Promise.all([
        pool.query(`SELECT id, title, title_en, producer, province, stars, price FROM "${table}" WHERE ${w} ORDER BY stars DESC, price ASC, id ASC LIMIT 20`, params),
        pool.query(`SELECT count(*)::int AS count FROM "${table}" WHERE ${w}`, params),
        ...["stars", "product_group", "province", "producer"].map((f) =>
          pool.query(`SELECT ${f} AS value, count(*)::int AS count FROM "${table}" WHERE ${w} AND ${f} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 50`, params)
        ),
      ])
      return { hits: hits.rows.length, count: count.rows[0].count }
    },
  }
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

async function measure(engine: Engine, query: (typeof QUERIES)[number]) {
  for (let i = 0; i < WARMUP; i++) await engine.run(query)
  const times: number[] = []
  let last = { hits: 0, count: 0 }
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint()
    last = await engine.run(query)
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), ...last }
}

// ---------------------------------------------------------------- main

async function main() {
  const own = process.env.BENCH_DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: tempDataDir("bench-search"), port: await freePort(), persistent: false })
  const serverUrl = process.env.BENCH_DATABASE_URL ?? `${own!.serverUrl}/postgres`
  const dbName = process.env.BENCH_KEEP ? "bench_search_kept" : `bench_search_${process.pid}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${dbName}`)
  const url = new URL(serverUrl)
  url.pathname = `/${dbName}`
  const pool = new pg.Pool({ connectionString: url.toString(), max: 8 })
  pool.on("error", () => undefined)
  const results: any[] = []
  const builds: Record<string, any> = {}
  try {
    await pool.query("CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent;")
    await pool.query(textSearchConfigSql("vietnamese"))
    await pool.query(`create table if not exists "search_postgres_index" ("name" text not null primary key, "table_name" text not null, "schema_hash" text not null, "plan" jsonb not null, "document_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now())`)
    const logger = { info() {}, warn: console.warn, error: console.error, debug() {} }
    const provider = new VietnamesePostgresSearchService({ manager: manager(pool, pool), logger }, {})
    const now = Date.now()

    for (const [catalogue, rows] of [
      ["demo", demoCatalogue(now)],
      [`generated ${GENERATED.toLocaleString("en-US")}`, generatedCatalogue(GENERATED, now)],
    ] as const) {
      const physical = `bench_${catalogue.startsWith("demo") ? "demo" : "generated"}`
      const index = { ...(productIndex as any), primary_key: "id", provider: VietnamesePostgresSearchService.identifier, settings: (productIndex as any).settings ?? {}, physical_name: physical }
      const documents = rows.map((r) => compactDocument(buildProductDocument(r)))
      const started = Date.now()
      await provider.upsertIndex({ index })
      for (let i = 0; i < documents.length; i += 1000) {
        await provider.upsertDocuments({ index: physical, definition: index, documents: documents.slice(i, i + 1000) })
      }
      const indexMs = Date.now() - started
      await pool.query(`ANALYZE "search_pg_${physical}"`)

      const plain = `plain_${physical}`
      const plainStarted = Date.now()
      await pool.query(`CREATE TABLE "${plain}" (id text primary key, title text, title_en text, producer text, province text, product_group int, stars int, price int, status text, certificate_status text, certificate_expires_at timestamptz)`)
      for (let i = 0; i < documents.length; i += 1000) {
        const chunk = documents.slice(i, i + 1000) as any[]
        const values: unknown[] = []
        const tuples = chunk.map((d, j) => {
          values.push(d.id, d.title, d.title_en ?? null, d.producer ?? null, d.province ?? null, d.product_group ?? null, d.stars ?? null, d.price ?? null, d.status, d.certificate_status, d.certificate_expires_at ?? null)
          return `(${Array.from({ length: 11 }, (_, k) => `$${j * 11 + k + 1}`).join(", ")})`
        })
        await pool.query(`INSERT INTO "${plain}" VALUES ${tuples.join(", ")}`, values)
      }
      await pool.query(`ANALYZE "${plain}"`)
      builds[catalogue] = { documents: documents.length, index_build_ms: indexMs, plain_table_build_ms: Date.now() - plainStarted }
      console.error(`${catalogue}: ${documents.length} documents indexed in ${indexMs} ms`)

      for (const engine of [searchEngine(provider, index), ilikeEngine(pool, plain)]) {
        for (const query of QUERIES) {
          const m = await measure(engine, query)
          console.error(`  ${catalogue} · ${engine.name} · ${query.label}: p50 ${round(m.p50)} ms, p95 ${round(m.p95)} ms, ${m.count} found`)
          results.push({ catalogue, engine: engine.name, query: query.label, p50_ms: round(m.p50), p95_ms: round(m.p95), count: m.count })
        }
      }
    }
  } finally {
    await pool.end()
    if (!process.env.BENCH_KEEP) await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
    await admin.end()
    await own?.stop()
  }

  printTable(results)
  const report = {
    generated_at: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memory_gb: Math.round(totalmem() / 2 ** 30), node: process.version },
    runs_per_query: RUNS,
    warmup_runs: WARMUP,
    builds,
    results,
  }
  writeFileSync(join(here, "results.json"), `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nWritten ${join(here, "results.json")}`)
}

function round(value: number) {
  return Math.round(value * 100) / 100
}

function printTable(results: any[]) {
  const header = ["catalogue", "query", "search p50", "search p95", "found", "ILIKE p50", "ILIKE p95", "found"]
  const lines: string[][] = []
  for (const catalogue of [...new Set(results.map((r) => r.catalogue))]) {
    for (const query of QUERIES.map((q) => q.label)) {
      const s = results.find((r) => r.catalogue === catalogue && r.query === query && r.engine.startsWith("search"))
      const b = results.find((r) => r.catalogue === catalogue && r.query === query && r.engine.startsWith("baseline"))
      lines.push([catalogue, query, `${s.p50_ms} ms`, `${s.p95_ms} ms`, String(s.count), `${b.p50_ms} ms`, `${b.p95_ms} ms`, String(b.count)])
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)))
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`
  console.log(fmt(header))
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`)
  for (const line of lines) console.log(fmt(line))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
