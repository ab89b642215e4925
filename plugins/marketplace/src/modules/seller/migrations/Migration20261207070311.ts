import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A seller's part of an order holds any VND amount: gross, goods, services and refunds.
 * A 32-bit integer column stops at 2,147,483,647 VND; numeric (Medusa's bigNumber, with its raw
 * JSON twin) holds any real amount. Existing values are kept.
 */
export class Migration20261207070311 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_order" alter column "gross" type numeric using "gross"::numeric;`)
    this.addSql(`alter table if exists "seller_order" add column if not exists "raw_gross" jsonb null;`)
    this.addSql(
      `update "seller_order" set "raw_gross" = jsonb_build_object('value', "gross"::text, 'precision', 20) where "raw_gross" is null and "gross" is not null;`,
    )
    this.addSql(`alter table if exists "seller_order" alter column "raw_gross" set not null;`)
    this.addSql(
      `alter table if exists "seller_order" alter column "goods_gross" type numeric using "goods_gross"::numeric;`,
    )
    this.addSql(`alter table if exists "seller_order" add column if not exists "raw_goods_gross" jsonb null;`)
    this.addSql(
      `update "seller_order" set "raw_goods_gross" = jsonb_build_object('value', "goods_gross"::text, 'precision', 20) where "raw_goods_gross" is null and "goods_gross" is not null;`,
    )
    this.addSql(`alter table if exists "seller_order" alter column "raw_goods_gross" set not null;`)
    this.addSql(
      `alter table if exists "seller_order" alter column "services_gross" type numeric using "services_gross"::numeric;`,
    )
    this.addSql(`alter table if exists "seller_order" add column if not exists "raw_services_gross" jsonb null;`)
    this.addSql(
      `update "seller_order" set "raw_services_gross" = jsonb_build_object('value', "services_gross"::text, 'precision', 20) where "raw_services_gross" is null and "services_gross" is not null;`,
    )
    this.addSql(`alter table if exists "seller_order" alter column "raw_services_gross" set not null;`)
    this.addSql(`alter table if exists "seller_order" alter column "refunds" type numeric using "refunds"::numeric;`)
    this.addSql(`alter table if exists "seller_order" add column if not exists "raw_refunds" jsonb null;`)
    this.addSql(
      `update "seller_order" set "raw_refunds" = jsonb_build_object('value', "refunds"::text, 'precision', 20) where "raw_refunds" is null and "refunds" is not null;`,
    )
    this.addSql(
      `alter table if exists "seller_order" alter column "raw_refunds" set default '{"value":"0","precision":20}';`,
    )
    this.addSql(`alter table if exists "seller_order" alter column "raw_refunds" set not null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller_order" drop column if exists "raw_gross";`)
    this.addSql(`alter table if exists "seller_order" alter column "gross" type integer using round("gross")::integer;`)
    this.addSql(`alter table if exists "seller_order" drop column if exists "raw_goods_gross";`)
    this.addSql(
      `alter table if exists "seller_order" alter column "goods_gross" type integer using round("goods_gross")::integer;`,
    )
    this.addSql(`alter table if exists "seller_order" drop column if exists "raw_services_gross";`)
    this.addSql(
      `alter table if exists "seller_order" alter column "services_gross" type integer using round("services_gross")::integer;`,
    )
    this.addSql(`alter table if exists "seller_order" drop column if exists "raw_refunds";`)
    this.addSql(
      `alter table if exists "seller_order" alter column "refunds" type integer using round("refunds")::integer;`,
    )
  }
}
