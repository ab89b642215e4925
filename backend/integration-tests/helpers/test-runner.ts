import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { copyMigratedTemplate, testPostgresServer } from "@ocop/stack"
import { randomUUID } from "node:crypto"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * Medusa's `medusaIntegrationTestRunner`, on a copy of the database global-setup migrated: the
 * runner still runs the migrations, but finds them applied (19 s down to 12 s per file, measured
 * on a loaded 2-core machine).
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
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
