import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The counts of OCOP products on sale that the home, province and producer pages show, kept up to
 * date instead of counted from every valid certificate on each request (dropped again by
 * OcopCertificationMigration20261207170000: the pages read the listing's trigger-kept counts):
 *
 * - `ocop_store_subject_count`: per producer (OCOP subject), stars, product group and province, the
 *   products on sale now, and the earliest end of validity among them (`first_expiry`: the row is
 *   recounted once it has passed);
 * - `ocop_store_count`: the same summed over producers, at most 3 × 6 × 34 rows whatever the
 *   catalogue size (rows whose count fell to 0 stay, and are not shown).
 *
 * Read models written by SQL only (no entity of the module's service): declared here only.
 * The name sorts after the module's `Migration…` files that create the certificate table.
 */
export class OcopCertificationMigration20261207130050 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "ocop_store_subject_count" ("subject_id" text not null, "stars" integer not null, "product_group" integer not null, "province" text not null, "n" integer not null, "first_expiry" timestamptz not null, constraint "ocop_store_subject_count_pkey" primary key ("subject_id", "stars", "product_group", "province"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_store_subject_count_province" ON "ocop_store_subject_count" ("province");`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_store_subject_count_first_expiry" ON "ocop_store_subject_count" ("first_expiry");`,
    )
    this.addSql(
      `create table if not exists "ocop_store_count" ("stars" integer not null, "product_group" integer not null, "province" text not null, "n" integer not null, constraint "ocop_store_count_pkey" primary key ("stars", "product_group", "province"));`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_store_count";`)
    this.addSql(`drop table if exists "ocop_store_subject_count";`)
  }
}
