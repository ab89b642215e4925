import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** An order part can be delivered (the buyer has it; a stay: the visitors checked in), and when. */
export class Migration20261207130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_order" drop constraint if exists "seller_order_status_check";`)
    this.addSql(
      `alter table if exists "seller_order" add constraint "seller_order_status_check" check ("status" in ('pending', 'accepted', 'packed', 'shipped', 'delivered', 'cancelled'));`,
    )
    this.addSql(`alter table if exists "seller_order" add column if not exists "delivered_at" timestamptz null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller_order" drop column if exists "delivered_at";`)
    this.addSql(`alter table if exists "seller_order" drop constraint if exists "seller_order_status_check";`)
    this.addSql(
      `alter table if exists "seller_order" add constraint "seller_order_status_check" check ("status" in ('pending', 'accepted', 'packed', 'shipped', 'cancelled'));`,
    )
  }
}
