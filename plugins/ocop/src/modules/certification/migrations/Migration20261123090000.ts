import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The store listing's filters and order in one index (lib/store-listing.ts). */
export class Migration20261123090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_store_listing" ON "ocop_certificate" ("province", "product_group", "stars", "decision_date") WHERE status = 'valid' AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_certificate_store_listing";`)
  }
}
