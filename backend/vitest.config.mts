import { defineConfig } from "vitest/config"

/**
 * Files whose drills time real processes (a killed `medusa start`, a restarted PostgreSQL, two
 * server processes and a worker).
 */
const ALONE = ["integration-tests/http/drills-process.spec.ts", "integration-tests/http/drills-processes.spec.ts"]

/**
 * Medusa's test runner require()s the TypeScript config and sources, so ts-node is registered
 * in the setup file; it also uses process.send, which breaks vitest's forks pool: use threads.
 * The global setup starts a throw-away embedded PostgreSQL on a free port for this run.
 *
 * Every HTTP spec boots this app (with all its plugins), so this config runs them all: the app's own
 * (`integration-tests/http`) and each plugin's, which live beside the plugin's routes
 * (`plugins/<p>/integration-tests/http`) and share the runner and helpers of `@ocop/backend/testing`.
 *
 * Each file works on its own database copy, app on a free port and environment (a worker thread
 * of its own), so two files run at a time; the drills that time real processes run afterwards,
 * alone, so that another file's load cannot stretch their timings.
 */
const shared = {
  globals: true,
  pool: "threads",
  setupFiles: ["./integration-tests/setup.ts"],
  testTimeout: 120_000,
  hookTimeout: 300_000,
} as const

export default defineConfig({
  test: {
    // Here only (the projects do not extend this): one PostgreSQL and one migration per run
    globalSetup: ["./integration-tests/global-setup.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    projects: [
      {
        test: {
          ...shared,
          name: "backend",
          include: [
            "src/**/*.test.ts",
            "integration-tests/**/*.spec.ts",
            "../plugins/*/integration-tests/**/*.spec.ts",
            "e2e/**/*.e2e.test.ts",
          ],
          exclude: ALONE,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      // A later group: the drills start once every other file has finished
      { test: { ...shared, name: "drills", include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
})
