import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A quote's unit price holds any VND amount.
 * A 32-bit integer column stops at 2,147,483,647 VND; numeric (Medusa's bigNumber, with its raw
 * JSON twin) holds any real amount. Existing values are kept.
 */
export class Migration20261207070333 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "quote" alter column "unit_price" type numeric using "unit_price"::numeric;`)
    this.addSql(`alter table if exists "quote" add column if not exists "raw_unit_price" jsonb null;`)
    this.addSql(
      `update "quote" set "raw_unit_price" = jsonb_build_object('value', "unit_price"::text, 'precision', 20) where "raw_unit_price" is null and "unit_price" is not null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "quote" drop column if exists "raw_unit_price";`)
    this.addSql(
      `alter table if exists "quote" alter column "unit_price" type integer using round("unit_price")::integer;`,
    )
  }
}
