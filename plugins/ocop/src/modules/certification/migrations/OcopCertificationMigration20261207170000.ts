import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The home, province and producer pages count OCOP products on sale from the counts the listing's
 * totals come from (lib/listing-counts.ts: kept by row triggers in the same transaction as every
 * write, per producer too): the summary tables the certification steps used to recount are gone.
 */
export class OcopCertificationMigration20261207170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop table if exists "ocop_store_count";`)
    this.addSql(`drop table if exists "ocop_store_subject_count";`)
  }

  override async down(): Promise<void> {
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
}
