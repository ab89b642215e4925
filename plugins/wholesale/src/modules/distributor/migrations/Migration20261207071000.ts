import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Consent and exact approvals: every membership starts as an invitation (one per company and
 * e-mail) that the person accepts while signed in, and records when it began; an approval keeps
 * the cart it was asked for (lines and total) and becomes void when the cart changes.
 */
export class Migration20261207071000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "distributor_member" add column if not exists "joined_at" timestamptz null;`)
    this.addSql(
      `update "distributor_member" set "joined_at" = "created_at" where "customer_id" is not null and "joined_at" is null;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distributor_member_company_id_email_unique" ON "distributor_member" ("company_id", "email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`alter table if exists "distributor_order_approval" add column if not exists "snapshot" jsonb null;`)
    this.addSql(
      `alter table if exists "distributor_order_approval" drop constraint if exists "distributor_order_approval_status_check";`,
    )
    this.addSql(
      `alter table if exists "distributor_order_approval" add constraint "distributor_order_approval_status_check" check ("status" in ('pending', 'approved', 'rejected', 'placed', 'void'));`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`update "distributor_order_approval" set "status" = 'rejected' where "status" = 'void';`)
    this.addSql(
      `alter table if exists "distributor_order_approval" drop constraint if exists "distributor_order_approval_status_check";`,
    )
    this.addSql(
      `alter table if exists "distributor_order_approval" add constraint "distributor_order_approval_status_check" check ("status" in ('pending', 'approved', 'rejected', 'placed'));`,
    )
    this.addSql(`alter table if exists "distributor_order_approval" drop column if exists "snapshot";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_distributor_member_company_id_email_unique";`)
    this.addSql(`alter table if exists "distributor_member" drop column if exists "joined_at";`)
  }
}
