// Own config on purpose: the reactRouter() Vite plugin must not load under vitest.
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["app/**/*.test.ts", "e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
})
