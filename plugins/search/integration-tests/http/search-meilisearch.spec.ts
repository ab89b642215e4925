import { integrationTestRunner } from "@ocop/backend/testing"
import { searchBehaviourSuite } from "../helpers/search-suite"

/**
 * The same search behaviour suite as search.spec.ts, against a real Meilisearch server: only where
 * MEILISEARCH_HOST (and MEILISEARCH_API_KEY) point at one, and with the `meilisearch` npm client
 * installed. No Meilisearch server can run on the project's machines, so it is skipped — visibly —
 * everywhere else.
 */
const host = process.env.MEILISEARCH_HOST

if (host) {
  integrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      searchBehaviourSuite({ api, getContainer, provider: `Meilisearch at ${host}` })
    },
  })
} else {
  describe("search behaviour suite on Meilisearch", () => {
    const reason =
      "SKIPPED: the search suite against Meilisearch needs MEILISEARCH_HOST (and MEILISEARCH_API_KEY) pointing at a Meilisearch server, and the `meilisearch` npm client installed; no server can run on this machine."
    console.warn(reason)
    it.skip(reason, () => {})
  })
}
