// Own config on purpose: the reactRouter() Vite plugin must not load under vitest.
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    // Two projects so that only a run with e2e files pays for the e2e database (global setup).
    projects: [
      { extends: true, test: { name: "unit", include: ["app/**/*.test.ts"] } },
      { extends: true, test: { name: "e2e", include: ["e2e/**/*.test.ts"], globalSetup: ["./e2e/global-setup.ts"] } },
    ],
  },
})
