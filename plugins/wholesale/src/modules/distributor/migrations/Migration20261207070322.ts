import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Approvals and spending limits hold any VND amount. A 32-bit integer column stops at
 * 2,147,483,647 VND; numeric (Medusa's bigNumber, with its raw JSON twin) holds any real amount.
 * Existing values are kept.
 */
export class Migration20261207070322 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "distributor_order_approval" alter column "amount" type numeric using "amount"::numeric;`,
    )
    this.addSql(`alter table if exists "distributor_order_approval" add column if not exists "raw_amount" jsonb null;`)
    this.addSql(
      `update "distributor_order_approval" set "raw_amount" = jsonb_build_object('value', "amount"::text, 'precision', 20) where "raw_amount" is null and "amount" is not null;`,
    )
    this.addSql(`alter table if exists "distributor_order_approval" alter column "raw_amount" set not null;`)
    this.addSql(
      `alter table if exists "distributor_member" alter column "spending_limit" type numeric using "spending_limit"::numeric;`,
    )
    this.addSql(`alter table if exists "distributor_member" add column if not exists "raw_spending_limit" jsonb null;`)
    this.addSql(
      `update "distributor_member" set "raw_spending_limit" = jsonb_build_object('value', "spending_limit"::text, 'precision', 20) where "raw_spending_limit" is null and "spending_limit" is not null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "distributor_order_approval" drop column if exists "raw_amount";`)
    this.addSql(
      `alter table if exists "distributor_order_approval" alter column "amount" type integer using round("amount")::integer;`,
    )
    this.addSql(`alter table if exists "distributor_member" drop column if exists "raw_spending_limit";`)
    this.addSql(
      `alter table if exists "distributor_member" alter column "spending_limit" type integer using round("spending_limit")::integer;`,
    )
  }
}
