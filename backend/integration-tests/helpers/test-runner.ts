import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { copyMigratedTemplate, testPostgresServer } from "@ocop/stack"
import { randomUUID } from "node:crypto"
import { createRequire } from "node:module"

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
 * Medusa's `medusaIntegrationTestRunner`, on a copy of the database global-setup migrated. The
 * runner's own migration step loads every module again only to find nothing to do (a quarter of a
 * file's set-up): it is skipped when the file runs with the environment the template was migrated
 * under. A spec that changes it (REDIS_URL, Stripe's keys: medusa-config then loads other modules)
 * gets the migrations as usual, and whatever those modules add.
 */
export function integrationTestRunner(options: RunnerOptions) {
  const dbName = `ocop-test-${randomUUID()}`
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      beforeServerStart: async (container) => {
        await copyMigratedTemplate(testPostgresServer()!, dbName)
        runnerDatabase.migrateDatabase = unchanged(startedWith, process.env) ? async () => undefined : migrateDatabase
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}

function unchanged(before: NodeJS.ProcessEnv, now: NodeJS.ProcessEnv) {
  const names = new Set([...Object.keys(before), ...Object.keys(now)])
  return [...names].every((name) => before[name] === now[name])
}
