import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123072000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "seller_order" ("id" text not null, "order_id" text not null, "status" text check ("status" in ('pending', 'accepted', 'packed', 'shipped', 'cancelled')) not null default 'pending', "cancel_reason" text null, "tracking_number" text null, "carrier" text null, "fulfillment_id" text null, "item_ids" jsonb not null, "gross" integer not null, "goods_gross" integer not null, "services_gross" integer not null, "refunds" integer not null default 0, "commission_rate_bps" integer not null, "household" boolean not null, "placed_at" timestamptz not null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_order_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_order_seller_id" ON "seller_order" ("seller_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_order_deleted_at" ON "seller_order" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_order_seller_id_order_id_unique" ON "seller_order" ("seller_id", "order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_order_order_id" ON "seller_order" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `alter table if exists "seller_order" add constraint "seller_order_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_order" cascade;`)
  }
}
