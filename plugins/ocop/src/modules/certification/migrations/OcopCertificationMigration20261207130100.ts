import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The store listing's broad pages (lib/store-listing.ts: no province, producer or product filter,
 * as the home page's best and newest products): valid certificates in the listing's two orders,
 * read through these indexes up to the page asked for instead of sorting every valid certificate
 * (20,000 rows, spilled to disk, at 20,000 products, against 8 index entries).
 *
 * Declared here only, not in the model: the model's index DSL has no descending columns.
 */
export class OcopCertificationMigration20261207130100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_best" ON "ocop_certificate" ("stars" DESC, "decision_date" DESC, "id") WHERE status = 'valid' AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_newest" ON "ocop_certificate" ("decision_date" DESC, "id") WHERE status = 'valid' AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_certificate_newest";`)
    this.addSql(`drop index if exists "IDX_ocop_certificate_best";`)
  }
}
