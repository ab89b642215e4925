import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123061913 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_decision_number_product_id_unique";`,
    )
    this.addSql(`drop index if exists "IDX_ocop_certificate_decision_number_unique";`)

    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_decision_number" ON "ocop_certificate" ("decision_number") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_decision_number_product_id_unique" ON "ocop_certificate" ("decision_number", "product_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_certificate_decision_number";`)
    this.addSql(`drop index if exists "IDX_ocop_certificate_decision_number_product_id_unique";`)

    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_decision_number_unique" ON "ocop_certificate" ("decision_number") WHERE deleted_at IS NULL;`,
    )
  }
}
