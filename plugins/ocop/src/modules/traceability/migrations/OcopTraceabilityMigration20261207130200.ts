import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A product page's newest lots (plugins/promotion lib/product-page.ts): read through this index up
 * to the few shown, instead of sorting every lot the product ever had (a lot a week for years).
 *
 * Declared here only, not in the model: the model's index DSL has no descending columns. The name
 * sorts after the module's `Migration…` files that create the table.
 */
export class OcopTraceabilityMigration20261207130200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_lot_product_newest" ON "trace_lot" ("product_id", "production_date" DESC, "id" DESC) WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_trace_lot_product_newest";`)
  }
}
