import { freePort, startBackend } from "@ocop/stack"
import pg from "pg"
import { cannon, loadLoop, untilPrompt, type LoadMeasure, type Measure } from "../lib/measure"
import { ocopListingUrl } from "./listing"
import type { Section, SizeContext } from "./types"

/**
 * Search with facets on GET /store/ocop/search (a text, a typo, and browsing without text by stars
 * and province; each answer carries the stars, group, province and producer facet counts), against
 * three baselines in the same run: the same search answered by Medusa's own search provider
 * statements over the same index (a second server process, `SEARCH_STATEMENTS=medusa`), Medusa's
 * own `q` on the stock GET /store/products, and a plain `ILIKE` statement on the product table
 * (SQL straight to the database, no HTTP).
 */
const TEXT = "mat ong"
const TYPO = "nuoc mamm"

async function measured(c: SizeContext, url: string): Promise<LoadMeasure> {
  const { data } = await c.api.get(url, { headers: c.store })
  const found = typeof data.count === "number" ? data.count : undefined
  return { ...(await cannon(url, c.store)), found }
}

/**
 * A baseline is measured whatever it answers: Medusa's own `q` on a large catalogue may answer an
 * error instead of products (at 200,000 it answered 500 after 5 s), which is a finding, not a
 * reason to stop the run.
 */
async function baseline(c: SizeContext, url: string): Promise<LoadMeasure> {
  const first = await c.api.get(url, { headers: c.store, validateStatus: () => true })
  const measure = await cannon(url, c.store)
  if (first.status < 400)
    return { ...measure, found: typeof first.data.count === "number" ? first.data.count : undefined }
  return { ...measure, note: `answered ${first.status} instead of products` }
}

/**
 * The text search on a server process of its own whose search engine answers with Medusa's
 * provider statements, over the same database and index; the stack's server stays idle meanwhile.
 */
async function medusaProvider(c: SizeContext, query: string): Promise<LoadMeasure> {
  const port = await freePort()
  const server = await startBackend(
    {
      ...c.backendEnv,
      PORT: String(port),
      MEDUSA_BACKEND_URL: `http://localhost:${port}`,
      MEDUSA_WORKER_MODE: "server",
      SEARCH_STATEMENTS: "medusa",
    },
    port,
    { production: false, quiet: true, name: "backend (Medusa's search statements)" },
  )
  try {
    return await baseline(c, `http://localhost:${port}/store/ocop/search?${query}&limit=20`)
  } finally {
    await server.stop()
  }
}

/** Title, subtitle or description containing the text as typed, published products, first page and count. */
async function ilike(databaseUrl: string, text: string): Promise<LoadMeasure> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 })
  const sql = `SELECT id, title, handle, count(*) OVER () AS found FROM product
    WHERE deleted_at IS NULL AND status = 'published' AND (title ILIKE $1 OR subtitle ILIKE $1 OR description ILIKE $1)
    ORDER BY id LIMIT 20`
  const pattern = `%${text}%`
  try {
    const { rows } = await pool.query(sql, [pattern])
    const measure = await loadLoop(() => pool.query(sql, [pattern]))
    return { ...measure, found: Number(rows[0]?.found ?? 0), note: "SQL, no HTTP" }
  } finally {
    await pool.end()
  }
}

export const search: Section = {
  name: "search",
  rows: [
    { key: "search_text", label: `search '${TEXT}' + facets — /store/ocop/search` },
    { key: "search_typo", label: `search '${TYPO}' (typo) + facets — /store/ocop/search` },
    { key: "search_facets", label: "search, no text (stars+province) + facets — /store/ocop/search" },
    {
      key: "search_medusa_provider",
      label: `search '${TEXT}' + facets — Medusa's search provider statements (baseline)`,
    },
    { key: "search_stock_q", label: `search '${TEXT}' — stock /store/products?q= (baseline)` },
    { key: "search_ilike", label: `search '${TEXT}' — plain ILIKE, SQL (baseline)` },
  ],
  async run(c) {
    const url = (query: string) => `${c.backendUrl}/store/ocop/search?${query}&limit=20`
    const out: Record<string, Measure> = {}
    c.log("search")
    out.search_text = await measured(c, url(`q=${encodeURIComponent(TEXT)}`))
    out.search_typo = await measured(c, url(`q=${encodeURIComponent(TYPO)}`))
    out.search_facets = await measured(
      c,
      url(`stars=${c.filter.stars}&province=${encodeURIComponent(c.filter.province)}`),
    )
    c.log("search baselines")
    out.search_medusa_provider = await medusaProvider(c, `q=${encodeURIComponent(TEXT)}`)
    const stock = `${c.backendUrl}/store/products?q=${encodeURIComponent(TEXT)}&limit=20&region_id=${c.regionId}&fields=id,title,handle,thumbnail,*variants.calculated_price`
    out.search_stock_q = await baseline(c, stock)
    await untilPrompt(ocopListingUrl(c, 1), c.store)
    out.search_ilike = await ilike(c.databaseUrl, TEXT)
    return out
  },
}
