import { integrationTestRunner } from "@ocop/backend/testing"
import { searchBehaviourSuite } from "../helpers/search-suite"

/**
 * The search behaviour suite against the embedded default: Medusa's PostgreSQL search provider
 * with the plugin's Vietnamese extension. The same suite runs against Meilisearch in
 * search-meilisearch.spec.ts when MEILISEARCH_HOST is set; this file always uses PostgreSQL.
 */
delete process.env.MEILISEARCH_HOST
delete process.env.MEILISEARCH_API_KEY

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    searchBehaviourSuite({ api, getContainer, provider: "PostgreSQL" })
  },
})
