import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { randomUUID } from "node:crypto"
import { Client } from "@medusajs/framework/pg"

/** The database global-setup migrates once per run; every test file starts from a copy of it. */
export const MIGRATED_TEMPLATE = "ocop_migrated_template"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

async function cloneTemplate(name: string) {
  const client = new Client({
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT),
    user: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD,
    database: "postgres",
  })
  await client.connect()
  try {
    await client.query(`create database "${name}" template "${MIGRATED_TEMPLATE}"`)
  } finally {
    await client.end()
  }
}

/**
 * Medusa's `medusaIntegrationTestRunner`, on a database cloned from the migrated template: the
 * runner still runs the migrations, but finds them applied (19 s down to 12 s per file, measured on a
 * loaded 2-core machine).
 */
export function integrationTestRunner(options: RunnerOptions) {
  const dbName = `ocop-test-${randomUUID()}`
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      beforeServerStart: async (container) => {
        await cloneTemplate(dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
