import { startTestPostgres } from "@ocop/stack"

/** One PostgreSQL for every e2e file of the run, with a database migrated once that each stack copies. */
export default async function setup() {
  const database = await startTestPostgres("storefront-e2e")
  return () => database.stop()
}
