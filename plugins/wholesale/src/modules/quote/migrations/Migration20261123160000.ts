import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A distributor's quotes are their company's (any member sees them): looked up by company. */
export class Migration20261123160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_quote_customer_id";`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_company_id" ON "quote" ("company_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_quote_company_id";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_customer_id" ON "quote" ("customer_id") WHERE deleted_at IS NULL;`,
    )
  }
}
