import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class TourismMigration20261207100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "tourism_slot" ("id" text not null, "product_id" text not null, "variant_id" text not null, "seller_id" text null, "starts_at" timestamptz not null, "capacity" integer not null, "closed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tourism_slot_pkey" primary key ("id"), constraint "tourism_slot_capacity_check" check ("capacity" > 0));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tourism_slot_variant_id_starts_at_unique" ON "tourism_slot" ("variant_id", "starts_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_tourism_slot_seller_id_starts_at" ON "tourism_slot" ("seller_id", "starts_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_tourism_slot_product_id_starts_at" ON "tourism_slot" ("product_id", "starts_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_tourism_slot_deleted_at" ON "tourism_slot" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `create table if not exists "tourism_booking" ("id" text not null, "slot_id" text not null, "cart_id" text not null, "cart_line_item_id" text not null, "order_id" text null, "quantity" integer not null, "status" text check ("status" in ('booked', 'cancelled')) not null default 'booked', "used_at" timestamptz null, "checked_in_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tourism_booking_pkey" primary key ("id"), constraint "tourism_booking_quantity_check" check ("quantity" > 0));`,
    )
    this.addSql(
      `alter table if exists "tourism_booking" add constraint "tourism_booking_slot_id_foreign" foreign key ("slot_id") references "tourism_slot" ("id") on update cascade;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_tourism_booking_slot_id" ON "tourism_booking" ("slot_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_tourism_booking_cart_id" ON "tourism_booking" ("cart_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_tourism_booking_order_id" ON "tourism_booking" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_tourism_booking_deleted_at" ON "tourism_booking" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tourism_booking" cascade;`)
    this.addSql(`drop table if exists "tourism_slot" cascade;`)
  }
}
