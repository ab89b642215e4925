/**
 * The Search Module (Medusa's own, `@medusajs/medusa/search`) and its engine:
 * - by default the PostgreSQL provider, embedded in the database Medusa already uses, extended
 *   for Vietnamese by the search plugin (no diacritics needed, "đ" = "d", typos forgiven);
 * - with MEILISEARCH_HOST (and MEILISEARCH_API_KEY) set, Meilisearch instead (needs the
 *   `meilisearch` npm client installed).
 * The index itself is declared in the search plugin (plugins/search/src/search/products.ts). Changing the
 * engine is a migration: `npx medusa db:migrate` builds the index in the new engine and the
 * application fills it when it starts.
 * SEARCH_STATEMENTS=medusa has the PostgreSQL engine answer with Medusa's own provider statements
 * over the same index (the benchmark's baseline; no Vietnamese typo plans, slower at scale).
 */
export function searchModule(env: NodeJS.ProcessEnv) {
  const meilisearchHost = env.MEILISEARCH_HOST?.trim()
  const provider = meilisearchHost
    ? {
        resolve: "@ocop/plugin-search/providers/search-meilisearch",
        id: "meilisearch",
        options: { host: meilisearchHost, apiKey: env.MEILISEARCH_API_KEY || undefined },
      }
    : {
        resolve: "@ocop/plugin-search/providers/search-postgres-vi",
        id: "postgres",
        // Counts per combination of these few-valued fields are kept by a trigger, so browsing by
        // stars, group and province counts without reading every matching product.
        options: {
          counted_fields: ["status", "certificate_status", "stars", "product_group", "province"],
          statements: env.SEARCH_STATEMENTS === "medusa" ? "medusa" : "ocop",
        },
      }
  return {
    resolve: "@medusajs/medusa/search",
    options: {
      providers: [provider],
      // Rebuilds read products from the database in pages of this size.
      reindex: { batch_size: 200 },
    },
  }
}
