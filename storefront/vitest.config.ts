// Own config on purpose: the reactRouter() Vite plugin must not load under vitest.
import { configDefaults, defineConfig } from "vitest/config"

/**
 * Browser test files that run after the others, one at a time: those that read what the whole shop
 * shows (the home page's count of certified products, every card of the listing, two storefront
 * processes compared page by page), so that no other file's sellers and products change those
 * pages under them, and the seller portal's, whose product save encodes image renditions (WebP and
 * AVIF at three widths) that take more than a minute on 2 cores shared with another file.
 */
const ALONE = [
  "e2e/catalogue-pages.e2e.test.ts",
  "e2e/certificate-standing.e2e.test.ts",
  "e2e/seller-portal.e2e.test.ts",
]

/** The browser test files share one stack and one chromium (the global setup starts them once for both groups). */
const globalSetup = ["./e2e/global-setup.ts"]

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    // Projects so that only a run with e2e files pays for the e2e database (global setup).
    projects: [
      // Two files at a time (one group, one number of workers): a browser test file spends much
      // of its time waiting on the backend and the pages, and each works on sellers, buyers and
      // products of its own. The browser tests' own helpers are unit-tested beside them
      // (e2e/*.unit.test.ts), without a stack.
      {
        extends: true,
        test: { name: "unit", include: ["app/**/*.test.ts", "e2e/**/*.unit.test.ts"], maxWorkers: 2 },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "e2e/**/*.unit.test.ts", ...ALONE],
          globalSetup,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: { name: "e2e-alone", include: ALONE, globalSetup, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
})
