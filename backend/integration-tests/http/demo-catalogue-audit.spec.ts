import { seedDemo } from "../../src/seed"
import { auditCatalogue } from "../helpers/catalogue-audit"
import { adminHeaders, certification } from "../helpers/ocop"
import { integrationTestRunner } from "../helpers/test-runner"

/**
 * The demo catalogue that `npm start` loads is true: the whole seed, audited certificate by
 * certificate and product by product through the API (see auditCatalogue). Any violation fails the
 * test, and every one is printed.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string

    // The whole demo seed, as `npm start` loads it: a minute or two on an idle machine.
    beforeAll(async () => {
      publishableKey = (await seedDemo(getContainer())).publishableKey
    }, 20 * 60_000)

    it("every seeded certificate and product passes the OCOP rules", async () => {
      const { violations, counts } = await auditCatalogue({
        api,
        store: { headers: { "x-publishable-api-key": publishableKey } },
        admin: await adminHeaders(api),
        evaluations: (ids) => certification(getContainer()).listOcopEvaluations({ id: ids }, { take: null }),
      })
      if (violations.length) {
        console.error(
          `${violations.length} violations in the demo catalogue:\n${violations.map((v) => `  [${v.rule}] ${v.subject}: ${v.detail}`).join("\n")}`,
        )
      }
      expect(violations).toEqual([])
      // The whole catalogue was audited: one revoked and one expired certificate, the rest on sale.
      expect(counts.certificates).toBeGreaterThanOrEqual(300)
      expect(counts.on_sale).toBe(counts.certificates - 2)
      expect(counts.listed).toBe(counts.on_sale)
      expect(counts.trade_items).toBeGreaterThan(0)
    })
  },
})
