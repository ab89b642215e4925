import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Live selling: products pinned on a session with their session price, and the lines sold from it. */
export class TradeEventMigration20261207130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "live_pin" ("id" text not null, "event_id" text not null, "product_id" text not null, "seller_id" text null, "rank" integer not null default 0, "discount_type" text check ("discount_type" in ('percentage', 'fixed')) null, "discount_value" numeric null, "raw_discount_value" jsonb null, "promotion_id" text null, "pinned_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_pin_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_pin_event_id_product_id_unique" ON "live_pin" ("event_id", "product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_pin_seller_id" ON "live_pin" ("seller_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_pin_deleted_at" ON "live_pin" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `create table if not exists "live_sale" ("id" text not null, "event_id" text not null, "order_id" text not null, "line_item_id" text not null, "product_id" text not null, "seller_id" text null, "quantity" integer not null, "amount" numeric not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_sale_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_sale_line_item_id_unique" ON "live_sale" ("line_item_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_sale_event_id_seller_id" ON "live_sale" ("event_id", "seller_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_sale_seller_id" ON "live_sale" ("seller_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_live_sale_deleted_at" ON "live_sale" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    // The cooperative's sessions: events whose producers include its OCOP subject.
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_event_producer_ids" ON "trade_event" USING gin ("producer_ids") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_trade_event_producer_ids";`)
    this.addSql(`drop table if exists "live_sale" cascade;`)
    this.addSql(`drop table if exists "live_pin" cascade;`)
  }
}
