import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { saveSeededTemplate, testPostgresServer } from "@ocop/stack"
import { createRequire } from "node:module"
import { seedDemo, type SeedOptions } from "../../src/seed"
import { adminHeaders } from "./ocop"
import { fileDatabase } from "./test-runner"

/** What the demo seed reports (as JSON: the same whether seeded here or copied). */
export type DemoSeed = Awaited<ReturnType<typeof seedDemo>>

const { waitWorkflowExecutions } = createRequire(import.meta.url)(
  "@medusajs/test-utils/dist/medusa-test-runner-utils/wait-workflow-executions",
)

/**
 * The preamble of a spec that works on the demo catalogue: seeded before its tests, an operator
 * signed in (a bearer token: it outlives the runner's restores of the database between tests), and
 * the store's headers. Read the fields inside tests and hooks, not at definition time: they are
 * filled in by the hooks.
 *
 * Call it first in the spec's suite: its hook then runs before the spec's own. The seed runs once
 * per test run for each set of options: the first file seeds its database and saves a copy on the
 * run's server; the files after it boot on a copy of that (same rows, same ids) instead of seeding
 * again.
 */
export function demoStore(api: any, getContainer: () => MedusaContainer, options: SeedOptions) {
  // Read by the runner when it makes the file's database, before the app boots
  fileDatabase.seed = options
  const demo = {
    publishableKey: "",
    /** The Vietnam region (VND). */
    regionId: "",
    stockLocationId: "",
    /** Everything the seed reported (sales channel, regions, stock location). */
    seeded: undefined as unknown as DemoSeed,
    admin: { headers: {} as Record<string, string> },
    /** Headers for store routes: the publishable key, plus any others (a customer's bearer token). */
    store: (headers: Record<string, string> = {}) => ({
      headers: { "x-publishable-api-key": demo.publishableKey, ...headers },
    }),
  }
  beforeAll(async () => {
    const seeded = await demoSeed(getContainer(), options)
    demo.seeded = seeded
    demo.publishableKey = seeded.publishableKey
    demo.regionId = seeded.regions.vietnam.id
    demo.stockLocationId = seeded.stockLocation.id
    demo.admin = await adminHeaders(api)
  })
  return demo
}

/** The file's demo seed: already there when its database is a copy of the run's seeded template, else seeded now and saved. */
async function demoSeed(container: MedusaContainer, options: SeedOptions): Promise<DemoSeed> {
  if (fileDatabase.seeded) return fileDatabase.seeded as DemoSeed
  const seeded = JSON.parse(JSON.stringify(await seedDemo(container, options))) as DemoSeed
  if (fileDatabase.seededTemplate && (await settled(container))) {
    await saveSeededTemplate(testPostgresServer()!, fileDatabase.seededTemplate, fileDatabase.name, seeded)
  }
  return seeded
}

/**
 * Waits until the app has nothing left to write after the seed (workflows done, no statement of
 * its subscribers running twice in a row), so that the saved copy holds all of it. False when it
 * is still busy after 30 s (a loaded machine): then the seed is not saved, and later files seed too.
 */
async function settled(container: MedusaContainer) {
  await waitWorkflowExecutions(container)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const deadline = Date.now() + 30_000
  for (let quiet = 0; Date.now() < deadline;) {
    const { rows } = await db.raw(
      `select count(*)::int as busy from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`,
    )
    quiet = rows[0].busy ? 0 : quiet + 1
    if (quiet === 2) return true
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return false
}
