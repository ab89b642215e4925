import { startStack, startTestPostgres, type Stack } from "@ocop/stack"
import type { TestProject } from "vitest/node"
import type {} from "./shared-stack"

/**
 * One PostgreSQL for every e2e file of the run, with a database migrated once that each stack
 * copies, and one stack (backend, storefront, demo seed) that the browser test files share
 * (`sharedStack()`): starting a stack is most of a file's time on a busy machine. Its seed holds
 * what the files need together (24 products); each file makes its own sellers, buyers and
 * companies under names unique to its run. A file that needs another configuration starts its own.
 */
export default async function setup(project: TestProject) {
  const database = await startTestPostgres("storefront-e2e")
  let stack: Stack | undefined
  try {
    stack = await startStack({ mode: "test", quiet: true, seedProducts: 24 })
  } catch (error) {
    await database.stop()
    throw error
  }
  const { backendUrl, storefrontUrl, databaseUrl, publishableKey, logins } = stack
  project.provide("sharedStack", { backendUrl, storefrontUrl, databaseUrl, publishableKey, logins })
  return async () => {
    await stack?.stop()
    await database.stop()
  }
}
