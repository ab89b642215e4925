import type { MedusaContainer } from "@medusajs/framework/types"
import { randomUUID } from "node:crypto"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { OCOP_PRODUCT_INDEX } from "./documents"

type Container = Pick<MedusaContainer, "resolve">

export type ReindexJob = {
  status: "running" | "done" | "failed"
  started_at: string
  finished_at: string | null
  error: string | null
  job_id: string | null
}

export type SyncRow = {
  status: string
  documents_synced: number
  started_at: string | null
  completed_at: string | null
  error: string | null
  version: number
  provider: string
}

export type SearchStatus = {
  index: string
  provider: string | null
  state: string | null
  /** Documents in the version serving reads (every product), and how many are on sale as OCOP now. */
  document_count: number | null
  ocop_visible_count: number | null
  product_count: number
  /** The reindex started from this process (admin API), if any. */
  job: ReindexJob | null
  /** Progress of the rebuild running now (from any process), from the Search Module's sync records. */
  progress: { synced: number; total: number; percent: number } | null
  last_sync: SyncRow | null
}

let current: ReindexJob | null = null

function searchModule(container: Container): any {
  const module = container.resolve(Modules.SEARCH, { allowUnregistered: true } as any)
  if (!module)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The Search Module is not enabled in medusa-config.ts")
  return module
}

/**
 * Rebuilds the product index from the database: a new index version is filled beside the one
 * serving reads, caught up with what changed meanwhile, then swapped in (the site keeps searching
 * the old version until then). Resolves when done.
 */
export async function reindexProducts(container: Container) {
  return (await searchModule(container).reindex({ index: OCOP_PRODUCT_INDEX })) as { job_id: string; indexes: string[] }
}

/**
 * Whether a rebuild holds the index's lock: the one the Search Module takes for every rebuild and
 * seed (`search:seed:<index>`), in Redis when the backend runs as several processes, so a rebuild
 * started on another server process counts too.
 */
async function rebuildRunning(container: Container) {
  const locking = container.resolve(Modules.LOCKING, { allowUnregistered: true } as any) as any
  if (!locking) return false
  const key = `search:seed:${OCOP_PRODUCT_INDEX}`
  const ownerId = `reindex-check:${randomUUID()}`
  try {
    await locking.acquire(key, { ownerId, expire: 5 })
  } catch {
    return true
  }
  await locking.release(key, { ownerId })
  return false
}

/** Starts a rebuild in the background (one at a time, whichever process started it); returns the job. */
export async function startReindex(container: Container): Promise<{ job: ReindexJob | null; started: boolean }> {
  if (current?.status === "running") return { job: current, started: false }
  if (await rebuildRunning(container)) return { job: null, started: false }
  const job: ReindexJob = {
    status: "running",
    started_at: new Date().toISOString(),
    finished_at: null,
    error: null,
    job_id: null,
  }
  current = job
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  reindexProducts(container)
    .then((result) => {
      Object.assign(job, { status: "done", finished_at: new Date().toISOString(), job_id: result.job_id })
    })
    .catch((error: Error) => {
      Object.assign(job, { status: "failed", finished_at: new Date().toISOString(), error: error.message })
      logger.error(`[Search] Reindex of "${OCOP_PRODUCT_INDEX}" failed: ${error.message}`)
    })
  return { job, started: true }
}

/** The Search Module's sync records of the index, newest first (its own bookkeeping tables). */
export async function recentSyncs(container: Container, limit = 5): Promise<SyncRow[]> {
  try {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
    const { rows } = await knex.raw(
      `SELECT s.status, s.documents_synced, s.started_at, s.completed_at, s.error, v.version, v.provider
         FROM search_index_sync s
         JOIN search_index_version v ON v.id = s.search_index_version_id
         JOIN search_index i ON i.id = v.search_index_id
        WHERE i.name = ? AND s.deleted_at IS NULL
        ORDER BY s.created_at DESC
        LIMIT ?`,
      [OCOP_PRODUCT_INDEX, limit],
    )
    return rows.map((row: Record<string, any>) => ({
      status: row.status,
      documents_synced: Number(row.documents_synced ?? 0),
      started_at: row.started_at ? new Date(row.started_at).toISOString() : null,
      completed_at: row.completed_at ? new Date(row.completed_at).toISOString() : null,
      error: row.error ?? null,
      version: Number(row.version),
      provider: row.provider,
    }))
  } catch {
    return []
  }
}

async function countDocuments(container: Container, filters?: Record<string, unknown>): Promise<number | null> {
  try {
    const query = container.resolve(ContainerRegistrationKeys.QUERY) as any
    const { search_result } = await query.search({
      entity: OCOP_PRODUCT_INDEX,
      fields: ["id"],
      filters,
      pagination: { take: 0 },
    })
    return search_result.metadata?.count ?? null
  } catch {
    return null
  }
}

export async function productCount(container: Container): Promise<number> {
  const [, count] = await container.resolve(Modules.PRODUCT).listAndCountProducts({}, { take: 1, select: ["id"] })
  return count
}

export async function searchStatus(container: Container, now = new Date()): Promise<SearchStatus> {
  const module = searchModule(container)
  const [indexes, syncs, total, documents, visible] = await Promise.all([
    module.listIndexes() as Promise<{ name: string; provider: string; status: string }[]>,
    recentSyncs(container),
    productCount(container),
    countDocuments(container),
    countDocuments(container, {
      status: "published",
      certificate_status: "valid",
      certificate_expires_at: { $gt: now },
    }),
  ])
  const index = indexes.find((i) => i.name === OCOP_PRODUCT_INDEX)
  const running = syncs.find((s) => s.status === "processing" || s.status === "pending")
  const lastDone = syncs.find((s) => s.status === "done" || s.status === "failed") ?? null
  return {
    index: OCOP_PRODUCT_INDEX,
    provider: index?.provider ?? null,
    state: index?.status ?? null,
    document_count: documents,
    ocop_visible_count: visible,
    product_count: total,
    job: current,
    progress: running
      ? {
          synced: running.documents_synced,
          total,
          percent: total ? Math.min(100, Math.round((running.documents_synced / total) * 100)) : 100,
        }
      : null,
    last_sync: lastDone,
  }
}
