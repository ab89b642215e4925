import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A quote may carry the delivery day the seller promises (a later harvest, a production run). */
export class Migration20261207101743 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "quote" add column if not exists "delivery_date" timestamptz null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "quote" drop column if exists "delivery_date";`)
  }
}
