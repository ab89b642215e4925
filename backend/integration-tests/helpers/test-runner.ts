import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { copyMigratedTemplate, copySeededTemplate, seededTemplateName, testPostgresServer } from "@ocop/stack"
import { randomUUID } from "node:crypto"
import { createRequire } from "node:module"
import type { SeedOptions } from "../../src/seed"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * Where Medusa's runner finds the step that runs every module's migrations (it reads it from this
 * module at call time). Its link sync stays: besides the link tables, it registers the plugins'
 * links for the app the runner boots next.
 */
const runnerDatabase = createRequire(import.meta.url)("@medusajs/test-utils/dist/medusa-test-runner-utils/use-db")
const { migrateDatabase } = runnerDatabase

/** The environment this file started with: the one global-setup migrated the template under. */
const startedWith = { ...process.env }

/**
 * This file's database and the demo seed it asked for (`demoStore`, at collection time, before the
 * runner boots the app). One file per worker thread, each with its own copy of this module.
 */
export const fileDatabase = {
  name: `ocop-test-${randomUUID()}`,
  /** The demo seed the file's tests start from; undefined: none. */
  seed: undefined as SeedOptions | undefined,
  /**
   * The run's saved copy of that seed (a database on the run's server), or null when this file
   * cannot share one: it runs with another environment than the template was migrated under (other
   * modules, another seed: Stripe's keys give the regions the card provider).
   */
  seededTemplate: null as string | null,
  /** What the seed reported when the database was copied from the seeded template; null: not seeded yet. */
  seeded: null as unknown,
}

/**
 * Medusa's `medusaIntegrationTestRunner`, on a copy of the database global-setup migrated (or of
 * the demo seed the file asked for, when another file of the run has saved it). The runner's own
 * migration step loads every module again only to find nothing to do (a quarter of a file's
 * set-up): it is skipped when the file runs with the environment the template was migrated under.
 * A spec that changes it (REDIS_URL, Stripe's keys: medusa-config then loads other modules) gets
 * the migrations as usual, and whatever those modules add.
 */
export function integrationTestRunner(options: RunnerOptions) {
  const dbName = fileDatabase.name
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      beforeServerStart: async (container) => {
        const server = testPostgresServer()!
        const migrated = unchanged(startedWith, process.env)
        const seed = fileDatabase.seed
        fileDatabase.seededTemplate = seed && migrated ? seededTemplateName(seed) : null
        fileDatabase.seeded = fileDatabase.seededTemplate
          ? await copySeededTemplate(server, fileDatabase.seededTemplate, dbName)
          : null
        if (!fileDatabase.seeded) await copyMigratedTemplate(server, dbName)
        runnerDatabase.migrateDatabase = migrated ? async () => undefined : migrateDatabase
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}

function unchanged(before: NodeJS.ProcessEnv, now: NodeJS.ProcessEnv) {
  const names = new Set([...Object.keys(before), ...Object.keys(now)])
  return [...names].every((name) => before[name] === now[name])
}
