import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The related products of a product page (plugins/promotion lib/product-page.ts): a group's valid
 * certificates, best stars then latest decision first, read through this index up to a few rows
 * instead of sorting every valid certificate of the group (2,667 rows and a scan of every product
 * and channel link at 20,000 products, against 8 index entries).
 *
 * Declared here only, not in the model: the model's index DSL has no descending columns, and the
 * order must match `stars DESC, decision_date DESC, id` for the LIMIT to stop the scan.
 *
 * Migrations run in the order of their names: this name must sort after the module's
 * `Migration…` files that create the table (a `Certification…` name ran first, on no table).
 */
export class OcopCertificationMigration20261207120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_related" ON "ocop_certificate" ("product_group", "stars" DESC, "decision_date" DESC, "id") WHERE status = 'valid' AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_certificate_related";`)
  }
}
