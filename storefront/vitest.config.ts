// Own config on purpose: the reactRouter() Vite plugin must not load under vitest.
import { configDefaults, defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    // Two projects so that only a run with e2e files pays for the e2e database (global setup).
    projects: [
      // The browser tests' own helpers are unit-tested beside them (e2e/*.unit.test.ts), without a stack.
      { extends: true, test: { name: "unit", include: ["app/**/*.test.ts", "e2e/**/*.unit.test.ts"] } },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "e2e/**/*.unit.test.ts"],
          globalSetup: ["./e2e/global-setup.ts"],
        },
      },
    ],
  },
})
