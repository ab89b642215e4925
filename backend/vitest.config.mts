import { defineConfig } from "vitest/config"

/**
 * Medusa's test runner require()s the TypeScript config and sources, so ts-node is registered
 * in the setup file; it also uses process.send, which breaks vitest's forks pool: use threads.
 * The global setup starts a throw-away embedded PostgreSQL on a free port for this run.
 */
export default defineConfig({
  test: {
    globals: true,
    pool: "threads",
    include: ["src/**/*.test.ts", "integration-tests/**/*.spec.ts", "e2e/**/*.e2e.test.ts"],
    globalSetup: ["./integration-tests/global-setup.ts"],
    setupFiles: ["./integration-tests/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
})
