import { defineConfig } from "vitest/config"
import { BaseSequencer, type TestSpecification } from "vitest/node"

/**
 * Files whose drills time real processes (a killed `medusa start`, a restarted PostgreSQL, two
 * server processes and a worker).
 */
const ALONE = ["integration-tests/http/drills-process.spec.ts", "integration-tests/http/drills-processes.spec.ts"]

/**
 * The file whose set-up alone takes a minute or more (the whole demo catalogue, seeded). Started
 * first: left for last, as the size order of a fresh clone had it, it kept one core busy while the
 * other waited, and the drills waited for it.
 */
const LONG_SETUP = ["integration-tests/http/demo-catalogue-audit.spec.ts"]

/**
 * Vitest's order (longest first by the last run's durations, else larger files first), with the
 * files of LONG_SETUP ahead of the others of their group: a fresh clone has no durations.
 */
class LongSetupFirst extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files)
    const long = (file: TestSpecification) =>
      LONG_SETUP.some((path) => file.moduleId.endsWith(`/backend/${path}`)) ? 0 : 1
    // Array.prototype.sort is stable: the groups keep their order, and so do the files within
    return sorted.sort(
      (a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || long(a) - long(b),
    )
  }
}

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
    sequence: { sequencer: LongSetupFirst },
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
