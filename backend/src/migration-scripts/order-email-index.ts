import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The index's name, for the test that reads the query plans. */
export const ORDER_EMAIL_INDEX = "IDX_order_email_created_at"

/**
 * Runs once, at `medusa db:migrate`: an index on Medusa's order table by e-mail and creation time.
 * Two lookups read orders by e-mail: every checkout, which clears the orders an interrupted
 * completion of its cart left behind (src/api/utils/discard-interrupted-orders.ts: the cart's
 * e-mail, created after the cart), and the guest orders a signed-in customer may claim
 * (src/api/store/customers/me/guest-orders). Medusa's order module indexes the customer, not the
 * e-mail, so without it each of them reads the whole table.
 */
export default async function orderEmailIndex({ container }: { container: Pick<MedusaContainer, "resolve"> }) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg.raw(
    `CREATE INDEX IF NOT EXISTS "${ORDER_EMAIL_INDEX}" ON "order" ("email", "created_at") WHERE deleted_at IS NULL`,
  )
}
