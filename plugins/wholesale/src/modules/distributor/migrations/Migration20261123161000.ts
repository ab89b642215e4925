import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Members invited by e-mail before they have an account: no customer yet, found by e-mail. */
export class Migration20261123161000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "distributor_member" alter column "customer_id" drop not null;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_distributor_member_email" ON "distributor_member" ("email") WHERE deleted_at IS NULL AND customer_id IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_distributor_member_email";`)
    this.addSql(`delete from "distributor_member" where "customer_id" is null;`)
    this.addSql(`alter table if exists "distributor_member" alter column "customer_id" set not null;`)
  }
}
