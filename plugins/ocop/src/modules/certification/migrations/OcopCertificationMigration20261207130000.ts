import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The store listing's orders (lib/store-listing.ts): valid certificates best stars then latest
 * decision first (in all, or in a province), or latest decision first, read through these indexes
 * up to the page asked for instead of sorting every valid certificate that matches.
 *
 * Declared here only, not in the model: the model's index DSL has no descending columns. The name
 * sorts after the module's `Migration…` files that create the table.
 */
export class OcopCertificationMigration20261207130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_listing_stars" ON "ocop_certificate" ("stars" DESC, "decision_date" DESC, "id") WHERE status = 'valid' AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_listing_province" ON "ocop_certificate" ("province", "stars" DESC, "decision_date" DESC, "id") WHERE status = 'valid' AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_listing_newest" ON "ocop_certificate" ("decision_date" DESC, "id") WHERE status = 'valid' AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_certificate_listing_stars";`)
    this.addSql(`drop index if exists "IDX_ocop_certificate_listing_province";`)
    this.addSql(`drop index if exists "IDX_ocop_certificate_listing_newest";`)
  }
}
