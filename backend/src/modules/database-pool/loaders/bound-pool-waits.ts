import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type DatabasePoolOptions = { acquireTimeoutMillis?: number }

/**
 * How long a request may wait for a database connection. Medusa builds its shared knex pool with
 * `propagateCreateError: false` and knex's 60 s acquire timeout, and `databaseDriverOptions` cannot
 * change it: with PostgreSQL down, every request hung for a minute (the database-restart drill).
 * With a short wait the request fails (5xx) at once, and the pool reconnects by itself when the
 * database is back. A batch job that loads the pool harder (the catalogue import) sets a longer wait.
 */
export default async function boundPoolWaits({ container, options }: LoaderOptions<DatabasePoolOptions>) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION, { allowUnregistered: true }) as
    { client?: { pool?: { acquireTimeoutMillis: number } } } | undefined
  const pool = knex?.client?.pool
  if (pool) pool.acquireTimeoutMillis = options?.acquireTimeoutMillis ?? 10_000
}
