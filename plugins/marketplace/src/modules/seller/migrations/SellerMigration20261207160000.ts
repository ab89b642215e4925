import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Return shipping: what sending goods back costs and who pays it (models/seller-return), and what a
 * seller's part is charged for it (models/seller-order). Existing rows cost nothing.
 */
export class SellerMigration20261207160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "seller_return" add column if not exists "return_shipping_amount" numeric not null default 0, add column if not exists "raw_return_shipping_amount" jsonb not null default '{"value":"0","precision":20}', add column if not exists "return_shipping_paid_by" text check ("return_shipping_paid_by" in ('seller', 'buyer')) null, add column if not exists "return_shipping_option_id" text null;`,
    )
    this.addSql(
      `alter table if exists "seller_order" add column if not exists "return_shipping" numeric not null default 0, add column if not exists "raw_return_shipping" jsonb not null default '{"value":"0","precision":20}';`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "seller_return" drop column if exists "return_shipping_amount", drop column if exists "raw_return_shipping_amount", drop column if exists "return_shipping_paid_by", drop column if exists "return_shipping_option_id";`,
    )
    this.addSql(
      `alter table if exists "seller_order" drop column if exists "return_shipping", drop column if exists "raw_return_shipping";`,
    )
  }
}
