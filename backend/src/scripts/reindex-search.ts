import type { ExecArgs } from "@medusajs/framework/types"
import { productCount, recentSyncs, reindexProducts, searchStatus } from "@ocop/plugin-search/reindex"

/**
 * `medusa exec ./src/scripts/reindex-search.ts` (npm run reindex): rebuilds the product search
 * index from the database, with a progress bar. Safe while the site is live: Medusa's Search
 * Module fills a new index version beside the one serving searches, catches up with what changed
 * meanwhile, then swaps it in; a rebuild already running elsewhere holds the index's lock and this
 * one waits for it.
 */
export default async function reindexSearch({ container }: ExecArgs) {
  const total = await productCount(container)
  const startedAt = Date.now()
  const out = process.stderr
  const tty = !!out.isTTY
  let lastPercentLogged = -10

  const draw = (synced: number, final = false) => {
    const percent = total ? Math.min(100, Math.floor((synced / total) * 100)) : 100
    const width = 30
    const filled = Math.round((percent / 100) * width)
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
    const line = `Reindexing products [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${String(percent).padStart(3)}% ${synced}/${total} documents ${seconds}s`
    if (tty) {
      out.write(`\r${line}${final ? "\n" : ""}`)
    } else if (final || percent >= lastPercentLogged + 10) {
      lastPercentLogged = percent
      out.write(`${line}\n`)
    }
  }

  draw(0)
  const timer = setInterval(async () => {
    const syncs = await recentSyncs(container, 3)
    const running = syncs.find(
      (s) =>
        (s.status === "processing" || s.status === "pending") &&
        s.started_at &&
        Date.parse(s.started_at) >= startedAt - 1000,
    )
    if (running) {
      draw(running.documents_synced)
    }
  }, 250)

  try {
    await reindexProducts(container)
  } finally {
    clearInterval(timer)
  }
  const status = await searchStatus(container)
  draw(status.document_count ?? total, true)
  out.write(
    `Done: ${status.document_count ?? "?"} documents in "${status.index}" (${status.provider}), ${status.ocop_visible_count ?? "?"} on sale as OCOP, in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`,
  )
}
