import type { vi } from "./vi"

/** The search plugin's admin page in English: the same keys as the Vietnamese (checked by the type). */
type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }

export const en: Messages<typeof vi> = {
  ocop_search: {
    menu: "Product search",
    title: "Product search",
    subtitle: "The marketplace's search index (Medusa's Search Module)",
    rebuild: "Rebuild the index",
    rebuilding: "Rebuilding the search index",
    rebuild_failed: "The index rebuild could not start. Try again in a few minutes.",
    status_failed: "The index's status could not be read. Reload the page.",
    engine: "Engine",
    state: "Status",
    states: { pending: "Waiting", building: "Building", ready: "Ready", error: "Failed" },
    sync: { pending: "waiting", processing: "running", done: "done", failed: "failed", canceled: "cancelled" },
    documents: "Documents in the index",
    of_products: "{{documents}} / {{products}} products",
    on_sale: "On sale as OCOP",
    last_sync: "Last sync",
    error: "Error",
    progress: "Rebuilding: {{synced}} / {{total}} products ({{percent}}%)",
    progress_label: "Index rebuild progress",
  },
}
